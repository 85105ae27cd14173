package nl.samenspel.format.stelling;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.live.CommandDecoder;

/** The wire types of the statement round's commands, each field checked at the edge. */
final class StellingCommands {

    private StellingCommands() {}

    static Map<String, CommandDecoder> decoders() {
        Map<String, CommandDecoder> out = new LinkedHashMap<>();
        out.put("stelling.place", f -> new StellingCommand.Place(f.id("statement"),
                f.integer("value", StellingRules.LOWEST, StellingRules.HIGHEST)));
        out.put("stelling.close", f -> new StellingCommand.Close(f.id("statement")));
        return out;
    }
}
