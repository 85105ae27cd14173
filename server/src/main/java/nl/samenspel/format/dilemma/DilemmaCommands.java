package nl.samenspel.format.dilemma;

import java.util.List;
import java.util.Map;
import nl.samenspel.live.CommandDecoder;

/** The game's commands on the wire (docs/PROTOCOL.md, "Format: dilemma"), each field checked at the edge. */
final class DilemmaCommands {

    private DilemmaCommands() {}

    static Map<String, CommandDecoder> decoders() {
        return Map.of(
                "dilemma.values", f -> new DilemmaCommand.NameValues(
                        f.json().getValue("values") == null ? List.of() : f.ids("values", 30),
                        f.strings("other", 10, DilemmaRules.VALUE_TEXT),
                        f.optionalString("note", DilemmaRules.NOTE)),
                "dilemma.choose", f -> new DilemmaCommand.Choose(f.string("choice", 16),
                        f.optionalString("reason", DilemmaRules.REASON)),
                "dilemma.lead", f -> new DilemmaCommand.AddLeading(f.optionalId("table"), f.optionalId("value"),
                        f.optionalString("text", DilemmaRules.VALUE_TEXT)),
                "dilemma.unlead", f -> new DilemmaCommand.RemoveLeading(f.id("note")),
                "dilemma.pick", f -> new DilemmaCommand.Pick(f.id("role")),
                "dilemma.nudge", f -> new DilemmaCommand.Nudge(f.optionalId("table"), f.optionalId("participant")));
    }
}
