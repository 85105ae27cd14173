package nl.samenspel.format.dilemma;

import java.util.List;
import java.util.Map;
import nl.samenspel.session.domain.SessionEvent;

/** What happens in a dilemma game, besides the shared events (journal names {@code dilemma.<Record>}). */
public sealed interface DilemmaEvent extends SessionEvent.FormatEvent {

    /** A round began with this dilemma on every table. */
    record RoundStarted(int round, String dilemma) implements DilemmaEvent {}

    /** The values a participant named in a round (replacing what they named before). */
    record ValuesNamed(int round, String participant, String table, List<String> values, List<String> other,
                       String note) implements DilemmaEvent {
        public ValuesNamed {
            values = List.copyOf(values);
            other = List.copyOf(other);
        }
    }

    /** A participant's choice in a round: {@code a}, {@code b} or {@code middle}, with an optional reason. */
    record ChoiceMade(int round, String participant, String table, String choice, String reason) implements DilemmaEvent {}

    /**
     * A table put a leading value on its flip-over: the note (added by the shared
     * {@code NoteAdded} just before) stands for this value from the list, or for the words on
     * the note when {@code value} is null.
     */
    record LeadingAdded(int round, String table, String note, String value) implements DilemmaEvent {}

    /** The round is over: who held which perspective, per table (revealed at the same moment). */
    record RoundClosed(int round, Map<String, Map<String, String>> perspectives) implements DilemmaEvent {}

    /** The plenary began: from now on everyone sees the results. */
    record PlenaryOpened(long at) implements DilemmaEvent {}

    /** The facilitator gave a table or one participant a gentle reminder about the current step. */
    record Nudged(String table, String participant, String step) implements DilemmaEvent {}
}
