package nl.samenspel.format.dilemma;

import nl.samenspel.content.Text;

/**
 * A dilemma card: where it plays, its theme, a title, the situation, and the two sides
 * of the dilemma ({@code a} and {@code b}) a participant chooses between (or a middle way).
 *
 * @param roleSet the id of the role set whose perspectives fit this dilemma (e.g. a district
 *                team's); null for the game's default
 */
public record Dilemma(String id, Text theme, Text setting, Text title, Text situation, Text sideA, Text sideB,
                      String roleSet) {
}
