package nl.samenspel.format.spearheads;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.live.CommandDecoder;
import nl.samenspel.live.Fields;
import nl.samenspel.session.domain.Limits;

/** The wire types of the spearhead session's commands, each reading and checking its fields. */
final class SpearheadsCommands {

    private SpearheadsCommands() {}

    static Map<String, CommandDecoder> decoders() {
        Map<String, CommandDecoder> out = new LinkedHashMap<>();
        out.put("spearheads.rate", f -> new SpearheadsCommand.Rate(f.id("factor"), f.integer("score", 1, 5)));
        out.put("spearheads.thermometer.reveal", f -> new SpearheadsCommand.RevealThermometer());
        out.put("spearheads.action.add", f -> new SpearheadsCommand.AddAction(fields(f, false),
                f.optionalId("board"), f.optionalId("note")));
        out.put("spearheads.action.edit", f -> new SpearheadsCommand.EditAction(f.id("action"), fields(f, true)));
        out.put("spearheads.action.move", f -> new SpearheadsCommand.MoveAction(f.id("action"), f.optionalId("before")));
        out.put("spearheads.action.remove", f -> new SpearheadsCommand.RemoveAction(f.id("action")));
        out.put("spearheads.actions.lock", f -> new SpearheadsCommand.LockActions(f.bool("locked")));
        out.put("spearheads.summary", f -> new SpearheadsCommand.SetSummary(f.id("spearhead"),
                f.optionalString("text", Limits.NOTE)));
        out.put("spearheads.review", f -> new SpearheadsCommand.ReviewAction(f.id("action"), f.id("status"),
                f.optionalString("note", Limits.SHORT_TEXT)));
        out.put("spearheads.makers.allow", f -> new SpearheadsCommand.AllowActions(f.id("participant"), f.bool("allowed")));
        return out;
    }

    private static SpearheadsCommand.ActionFields fields(Fields f, boolean editing) {
        return new SpearheadsCommand.ActionFields(
                f.optionalId("spearhead"),
                editing ? f.string("what", Limits.NOTE) : f.optionalString("what", Limits.NOTE),
                f.optionalId("who"),
                f.optionalString("whoText", Limits.LABEL),
                f.optionalId("when"),
                f.optionalString("firstStep", Limits.SHORT_TEXT),
                f.optionalId("status"));
    }
}
