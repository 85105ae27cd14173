package nl.samenspel.session.view;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import nl.samenspel.content.Role;
import nl.samenspel.content.RoleSet;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Agenda;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.agenda.StepTimer;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.Column;
import nl.samenspel.session.domain.board.Note;
import nl.samenspel.session.domain.envelopes.TableEnvelope;
import nl.samenspel.session.domain.tables.Table;

/** The JSON shape of each thing a client sees, in one place (documented in docs/PROTOCOL.md). */
public final class EntityJson {

    private EntityJson() {}

    public static JsonObject text(Text text) {
        if (text == null) return null;
        JsonObject out = new JsonObject().put("nl", text.nl());
        if (text.en() != null) out.put("en", text.en());
        return out;
    }

    public static JsonArray texts(java.util.List<Text> texts) {
        JsonArray out = new JsonArray();
        texts.forEach(t -> out.add(text(t)));
        return out;
    }

    public static JsonObject session(SessionState s, String joinUrl) {
        return new JsonObject()
                .put("code", s.code())
                .put("title", s.plan().title())
                .put("format", s.plan().format())
                .put("pack", s.plan().pack())
                .put("closed", s.closed())
                .put("createdAt", s.createdAt())
                .put("joinUrl", joinUrl)
                .put("rules", new JsonObject()
                        .put("tableMayReveal", s.plan().tableMayReveal())
                        .put("maxTableSize", s.plan().maxTableSize()));
    }

    public static JsonObject participant(Participant p) {
        return new JsonObject().put("id", p.id()).put("label", p.label()).put("table", p.table());
    }

    public static JsonObject table(Table t) {
        return new JsonObject().put("id", t.id()).put("number", t.number()).put("seats", new JsonArray(t.seats()));
    }

    public static JsonArray tables(SessionState s) {
        JsonArray out = new JsonArray();
        s.tables().all().forEach(t -> out.add(table(t)));
        return out;
    }

    /** An envelope as anyone may see it: who holds a role and who opened it, the roles only after the reveal. */
    public static JsonObject envelope(TableEnvelope env) {
        JsonObject roles = new JsonObject();
        if (env.revealed()) env.roles().forEach(roles::put);
        return new JsonObject()
                .put("dealt", !env.roles().isEmpty())
                .put("round", env.round())
                .put("holders", new JsonArray(env.roles().keySet().stream().sorted().toList()))
                .put("opened", new JsonArray(env.opened().stream().sorted().toList()))
                .put("revealed", env.revealed())
                .put("roles", roles);
    }

    public static JsonObject role(Role r) {
        return new JsonObject()
                .put("id", r.id())
                .put("title", text(r.title()))
                .put("brief", text(r.brief()))
                .put("prompts", texts(r.prompts()));
    }

    public static JsonObject roleSet(RoleSet set) {
        if (set == null) return null;
        JsonArray roles = new JsonArray();
        set.roles().forEach(r -> roles.add(role(r)));
        return new JsonObject().put("id", set.id()).put("title", text(set.title())).put("roles", roles)
                .put("core", new JsonArray(set.core()));
    }

    public static JsonObject agenda(Agenda a) {
        JsonArray steps = new JsonArray();
        for (Step step : a.steps()) {
            steps.add(new JsonObject()
                    .put("id", step.id())
                    .put("kind", step.kind())
                    .put("round", step.round())
                    .put("title", text(step.title()))
                    .put("hint", text(step.hint()))
                    .put("seconds", step.seconds()));
        }
        return new JsonObject().put("current", a.current()).put("steps", steps);
    }

    public static JsonObject timer(StepTimer t) {
        return new JsonObject()
                .put("status", t.status().name().toLowerCase(java.util.Locale.ROOT))
                .put("step", t.step())
                .put("durationMs", t.durationMs())
                .put("deadline", t.status() == StepTimer.Status.RUNNING ? t.deadline() : null)
                .put("remainingMs", t.remainingMs());
    }

    public static JsonObject column(Column c) {
        return new JsonObject().put("id", c.id()).put("title", text(c.title())).put("color", c.color());
    }

    /** A board for one viewer: {@code mine} on each note counts that viewer's own dots. */
    public static JsonObject board(Board b, SessionState s, Principal viewer) {
        JsonArray columns = new JsonArray();
        b.columns().forEach(c -> columns.add(column(c)));
        JsonArray notes = new JsonArray();
        String voter = viewer instanceof Principal.Participant p ? p.id() : null;
        boolean counts = seesVotes(b, viewer);
        for (Note n : b.notes()) {
            JsonObject note = note(n, b, s);
            if (!counts) note.remove("votes");
            if (voter != null) note.put("mine", b.votesBy(voter, n.id()));
            notes.add(note);
        }
        JsonArray groups = new JsonArray();
        for (Map.Entry<String, String> g : b.groups().entrySet()) {
            groups.add(new JsonObject().put("id", g.getKey()).put("label", g.getValue()));
        }
        JsonObject out = new JsonObject()
                .put("id", b.id())
                .put("title", text(b.title()))
                .put("dots", b.dots())
                .put("votesHidden", b.votesHidden())
                .put("columns", columns)
                .put("notes", notes)
                .put("groups", groups);
        if (voter != null) out.put("dotsUsed", b.dotsUsedBy(voter));
        return out;
    }

    /**
     * While a board's dots are hidden only the facilitator sees the counts (to judge when to
     * reveal); participants see their own dots, the projector none.
     */
    public static boolean seesVotes(Board b, Principal viewer) {
        return !b.votesHidden() || viewer instanceof Principal.Facilitator;
    }

    public static JsonObject note(Note n, Board b, SessionState s) {
        return new JsonObject()
                .put("id", n.id())
                .put("column", n.column())
                .put("text", n.text())
                .put("color", n.color())
                .put("author", n.author())
                .put("authorLabel", Note.FACILITATOR.equals(n.author()) ? null : s.participants().labelOf(n.author()))
                .put("order", n.order())
                .put("group", n.group())
                .put("highlighted", n.highlighted())
                .put("votes", b.votesOn(n.id()));
    }
}
