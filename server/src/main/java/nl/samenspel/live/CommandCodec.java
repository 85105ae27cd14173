package nl.samenspel.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.agenda.Agenda;

/**
 * The commands clients may send, by wire type (see docs/PROTOCOL.md), each with the checks
 * of its fields. Formats add theirs.
 */
public final class CommandCodec {

    /** Message types the gateway handles itself, not commands of a session. */
    public static final Set<String> SESSIONLESS = Set.of("ping", "join", "attach");

    private final Map<String, CommandDecoder> decoders = new HashMap<>();

    public CommandCodec(Map<String, CommandDecoder> formatCommands) {
        decoders.put("tables.arrange", f -> new Command.ArrangeTables(
                orDefault(f.optionalInteger("maxSize", Limits.MIN_TABLE_SIZE, Limits.MAX_TABLE_SIZE), 5)));
        decoders.put("tables.move", f -> new Command.MoveParticipant(f.id("participant"), f.id("table")));
        decoders.put("participant.remove", f -> new Command.RemoveParticipant(f.id("participant")));
        decoders.put("roles.deal", f -> new Command.DealRoles(f.optionalId("table")));
        decoders.put("envelope.open", f -> new Command.OpenEnvelope());
        decoders.put("roles.reveal", f -> new Command.RevealRoles(f.optionalId("table")));
        decoders.put("step.goto", f -> new Command.GotoStep(f.integer("index", 0, 999)));
        decoders.put("timer.start", f -> new Command.StartTimer(
                f.optionalInteger("seconds", Agenda.MIN_SECONDS, Agenda.MAX_SECONDS)));
        decoders.put("timer.pause", f -> new Command.PauseTimer());
        decoders.put("timer.resume", f -> new Command.ResumeTimer());
        decoders.put("timer.extend", f -> new Command.ExtendTimer(orDefault(f.optionalInteger("seconds", 10, 3600), 60)));
        decoders.put("timer.skip", f -> new Command.SkipTimer());
        decoders.put("note.add", f -> new Command.AddNote(f.id("board"), f.id("column"),
                f.string("text", Limits.NOTE), f.optionalId("color")));
        decoders.put("note.edit", f -> new Command.EditNote(f.id("board"), f.id("note"),
                f.string("text", Limits.NOTE), f.optionalId("color")));
        decoders.put("note.remove", f -> new Command.RemoveNote(f.id("board"), f.id("note")));
        decoders.put("note.move", f -> new Command.MoveNote(f.id("board"), f.id("note"), f.id("column"),
                f.optionalId("before")));
        decoders.put("note.group", f -> new Command.GroupNotes(f.id("board"), f.ids("notes", 100),
                f.optionalString("label", Limits.LABEL)));
        decoders.put("note.ungroup", f -> new Command.UngroupNote(f.id("board"), f.id("note")));
        decoders.put("note.highlight", f -> new Command.HighlightNote(f.id("board"), f.id("note"), f.bool("on")));
        decoders.put("vote.add", f -> new Command.AddVote(f.id("board"), f.id("note")));
        decoders.put("vote.remove", f -> new Command.RemoveVote(f.id("board"), f.id("note")));
        decoders.put("votes.hide", f -> new Command.HideVotes(f.id("board"), f.bool("hidden")));
        decoders.put("board.spotlight", f -> new Command.Spotlight(f.optionalId("board")));
        decoders.put("session.close", f -> new Command.CloseSession());
        formatCommands.forEach((type, decoder) -> {
            if (decoders.putIfAbsent(type, decoder) != null) throw new IllegalStateException("command type taken: " + type);
        });
    }

    public boolean knows(String type) {
        return decoders.containsKey(type) || SESSIONLESS.contains(type);
    }

    public Command decode(String type, Fields fields) {
        CommandDecoder decoder = decoders.get(type);
        if (decoder == null) throw new Rejection("unknown_type", "there is no message type '" + type + "'", "type");
        return decoder.decode(fields);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
