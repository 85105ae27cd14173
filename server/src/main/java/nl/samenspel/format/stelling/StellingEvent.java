package nl.samenspel.format.stelling;

import nl.samenspel.session.domain.SessionEvent;

/** What happens in a statement round. Journal names: {@code stelling.<Record>}; never rename one. */
public sealed interface StellingEvent extends SessionEvent.FormatEvent {

    /** A participant's sticker for a statement is now at {@code value} (1–5); only counts ever leave the server. */
    record StickerPlaced(String participant, String statement, int value) implements StellingEvent {}

    /**
     * The vote on a statement is closed; {@code firstSide} ({@code oneens} or {@code eens}) is the side
     * fewer people chose, where the arguments start. Decided once, so a replay never recounts.
     */
    record VotingClosed(String statement, String firstSide) implements StellingEvent {}
}
