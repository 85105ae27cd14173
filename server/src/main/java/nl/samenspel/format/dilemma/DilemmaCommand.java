package nl.samenspel.format.dilemma;

import java.util.List;
import nl.samenspel.session.domain.Command;

/** What clients of a dilemma game may ask besides the shared commands (wire types {@code dilemma.*}). */
public sealed interface DilemmaCommand extends Command.FormatCommand {

    /** {@code dilemma.values}: the values that matter from my perspective (replaces my earlier ones). */
    record NameValues(List<String> values, List<String> other, String note) implements DilemmaCommand {}

    /** {@code dilemma.choose}: my choice, {@code a}, {@code b} or {@code middle}. */
    record Choose(String choice, String reason) implements DilemmaCommand {}

    /** {@code dilemma.lead}: puts a leading value (from the list, or in own words) on the table's flip-over. */
    record AddLeading(String table, String value, String text) implements DilemmaCommand {}

    /** {@code dilemma.unlead}: takes a leading value off the table's flip-over, whoever put it there. */
    record RemoveLeading(String note) implements DilemmaCommand {}

    /** {@code dilemma.pick}: my perspective from my table's envelope, where people choose their own. */
    record Pick(String role) implements DilemmaCommand {}

    /** {@code dilemma.nudge}: a reminder for a table or one participant (facilitator only). */
    record Nudge(String table, String participant) implements DilemmaCommand {}
}
