package nl.samenspel.format.cards;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.live.CommandDecoder;
import nl.samenspel.session.domain.Limits;

/** The card game's commands on the wire ({@code cards.draw}, …), each field checked at the edge. */
final class CardsCommands {

    private static final int MAX_PLAY = 10_000;

    private CardsCommands() {}

    static Map<String, CommandDecoder> decoders() {
        Map<String, CommandDecoder> d = new LinkedHashMap<>();
        d.put("cards.draw", f -> new CardsCommand.Draw(f.id("game")));
        d.put("cards.answer", f -> new CardsCommand.Answer(f.id("game"), f.integer("play", 1, MAX_PLAY), f.id("option")));
        d.put("cards.reveal", f -> new CardsCommand.Reveal(f.id("game"), f.integer("play", 1, MAX_PLAY)));
        d.put("cards.finish", f -> new CardsCommand.Finish(f.id("game"), f.integer("play", 1, MAX_PLAY)));
        d.put("cards.skip", f -> new CardsCommand.Skip(f.id("game"), f.integer("play", 1, MAX_PLAY)));
        d.put("cards.pass", f -> new CardsCommand.Pass(f.id("game")));
        d.put("cards.insight", f -> new CardsCommand.Insight(f.id("game"), f.string("text", Limits.NOTE)));
        d.put("cards.pause", f -> new CardsCommand.Pause());
        d.put("cards.resume", f -> new CardsCommand.Resume());
        d.put("cards.plenary", f -> new CardsCommand.ToPlenary(f.id("card")));
        return d;
    }
}
