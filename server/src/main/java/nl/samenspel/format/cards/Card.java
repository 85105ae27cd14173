package nl.samenspel.format.cards;

import java.util.List;
import nl.samenspel.content.Text;

/**
 * One card of a deck, as the content pack describes it. {@code type} is {@code knowledge} (a
 * question with 2–4 options, the correct {@code answer}, an {@code explanation} that names its
 * {@code source}), {@code statement} (agree / disagree / it depends, an optional follow-up
 * {@code prompt}), {@code case} (a situation with two or three {@code questions}), {@code tip}
 * (a tip that is read and talked over, with up to three {@code questions} and, when it carries
 * a fact, its {@code source}) or {@code assignment} (a small task for the table, timed like any
 * card, whose outcome the {@code prompt} asks the table to put on the flip-over's assignment
 * column). Source 003 names cases, assignments, dilemmas and tips per theme.
 */
public record Card(String id, String type, String theme, Text title, Text text, List<Option> options,
                   String answer, Text explanation, String source, Text prompt, List<Text> questions) {

    public static final String KNOWLEDGE = "knowledge";
    public static final String STATEMENT = "statement";
    public static final String CASE = "case";
    public static final String TIP = "tip";
    public static final String ASSIGNMENT = "assignment";
    public static final List<String> TYPES = List.of(KNOWLEDGE, STATEMENT, CASE, TIP, ASSIGNMENT);

    public Card {
        options = options == null ? List.of() : List.copyOf(options);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** An answer option: {@code a}–{@code d} on knowledge cards, agree / disagree / depends on statements. */
    public record Option(String id, Text text) {}

    /** Whether everyone answers this card on their own device (knowledge and statement cards). */
    public boolean takesAnswers() {
        return answered(type);
    }

    /** Whether cards of this type are answered on everyone's device; the others are talked over or done together. */
    public static boolean answered(String type) {
        return KNOWLEDGE.equals(type) || STATEMENT.equals(type);
    }
}
