package nl.samenspel.session.domain.board;

import nl.samenspel.content.Text;

/** A named column of a flip-over, with the colour its notes get unless the author picks one. */
public record Column(String id, Text title, String color) {
}
