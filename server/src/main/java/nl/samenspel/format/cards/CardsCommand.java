package nl.samenspel.format.cards;

import nl.samenspel.session.domain.Command;

/**
 * What people ask of a card game. {@code game} is a table id or {@code plenary}; {@code play}
 * is the number of the card at that table, so a late or doubled press acts on the card it
 * was meant for (or on none).
 */
public sealed interface CardsCommand extends Command.FormatCommand {

    record Draw(String game) implements CardsCommand {}

    record Answer(String game, int play, String option) implements CardsCommand {}

    record Reveal(String game, int play) implements CardsCommand {}

    record Finish(String game, int play) implements CardsCommand {}

    record Skip(String game, int play) implements CardsCommand {}

    record Pass(String game) implements CardsCommand {}

    record Insight(String game, String text) implements CardsCommand {}

    record Pause() implements CardsCommand {}

    record Resume() implements CardsCommand {}

    /** The facilitator brings a card to the whole room (pausing the tables). */
    record ToPlenary(String card) implements CardsCommand {}
}
