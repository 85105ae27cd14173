package nl.samenspel.format.spearheads;

import nl.samenspel.session.domain.SessionEvent;

/** What happens in a spearhead session beyond the shared building blocks. Journal names: {@code spearheads.<Record>}. */
public sealed interface SpearheadsEvent extends SessionEvent.FormatEvent {

    /** A participant's private score for one thermometer factor (1–5); never shown to anyone else. */
    record Rated(String participant, String factor, int score) implements SpearheadsEvent {}

    /** The thermometer's averages are shown; no more ratings after this. */
    record ThermometerRevealed() implements SpearheadsEvent {}

    /** An action joins the list at {@code index}. */
    record ActionAdded(Action action, int index) implements SpearheadsEvent {}

    /** An action's new value. */
    record ActionEdited(Action action) implements SpearheadsEvent {}

    /** An action moves to {@code index} of the list (counted without it). */
    record ActionMoved(String action, int index) implements SpearheadsEvent {}

    record ActionRemoved(String action) implements SpearheadsEvent {}

    /** The action list is final ({@code true}) or open for changes again. */
    record ActionsLocked(boolean locked) implements SpearheadsEvent {}

    /** "Where we stand" on a spearhead in one line, for the closing table; null clears it. */
    record SummarySet(String spearhead, String text) implements SpearheadsEvent {}

    /**
     * The team's check of an earlier action: its status, a short note, and the action of this
     * session that carries it over (null unless {@code carried_over}).
     */
    record ReviewSet(String earlierAction, String status, String note, String carriedAs) implements SpearheadsEvent {}

    /** A participant may (or may no longer) make and change actions. */
    record MakerSet(String participant, boolean allowed) implements SpearheadsEvent {}
}
