package nl.samenspel.format.dilemma;

import nl.samenspel.content.Text;

/** A value from the pack's value list, with the one-line explanation shown on tap. */
public record ValueCard(String id, Text title, Text explanation) {

    /** Whether a typed text is this value's name, in either language. */
    boolean isNamed(String typed) {
        String t = typed.strip();
        return t.equalsIgnoreCase(title.nl()) || (title.en() != null && t.equalsIgnoreCase(title.en()));
    }
}
