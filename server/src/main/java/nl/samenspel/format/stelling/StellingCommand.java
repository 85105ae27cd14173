package nl.samenspel.format.stelling;

import nl.samenspel.session.domain.Command;

/** The commands of a statement round (wire types {@code stelling.*}, see docs/PROTOCOL.md). */
public sealed interface StellingCommand extends Command.FormatCommand {

    /** A participant puts (or moves) their one sticker for a statement: 1 (helemaal oneens) to 5 (helemaal eens). */
    record Place(String statement, int value) implements StellingCommand {}

    /** The facilitator ends a statement's vote; its arguments begin. */
    record Close(String statement) implements StellingCommand {}
}
