package nl.samenspel.session.domain.agenda;

import nl.samenspel.content.Text;

/**
 * One timed step of a session. {@code kind} tells a format what happens in the step
 * (for the dilemma game: draw, share, choose, lead, plenary); {@code round} groups steps.
 */
public record Step(String id, String kind, int round, Text title, Text hint, int seconds) {
}
