package nl.samenspel.format.cards;

import java.util.Map;
import nl.samenspel.session.domain.SessionEvent;

/**
 * What happens in a card game. Each carries its outcome: which card was drawn, the counts at
 * the reveal, who leads next, so a replay never draws or counts again.
 */
public sealed interface CardsEvent extends SessionEvent.FormatEvent {

    /** A card on the table; {@code lead} drew it (null: the facilitator); a countdown of {@code durationMs} (0: none). */
    record CardDrawn(String game, int play, String card, String type, String lead, long at, long durationMs)
            implements CardsEvent {}

    /** A participant's answer (or changed answer). Only the participant sees which option. */
    record AnswerGiven(String game, int play, String participant, String option) implements CardsEvent {}

    /** The answers shown: counts per option, how many answered, and why ({@code all}, {@code time}, {@code lead}). */
    record AnswersRevealed(String game, int play, Map<String, Integer> counts, int answered, String reason)
            implements CardsEvent {}

    record CardFinished(String game, int play) implements CardsEvent {}

    /** The card laid aside unplayed; the same player draws again. */
    record CardSkipped(String game, int play) implements CardsEvent {}

    record TurnPassed(String game, int turn, String lead) implements CardsEvent {}

    /** An insight written on the flip-over ({@code board}, {@code note}) while this card was on the table. */
    record InsightNoted(String game, int play, String board, String note) implements CardsEvent {}

    record TablesPaused(long at) implements CardsEvent {}

    record TablesResumed(long at) implements CardsEvent {}
}
