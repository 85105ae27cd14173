package nl.samenspel.session.view;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;

/** The whole of a session as one viewer may see it. */
public final class SnapshotView {

    private final ViewContext context;

    public SnapshotView(ViewContext context) {
        this.context = context;
    }

    public JsonObject of(SessionState s, Principal viewer) {
        JsonArray participants = new JsonArray();
        s.participants().present().forEach(p -> participants.add(EntityJson.participant(p)));
        JsonObject envelopes = new JsonObject();
        s.envelopes().all().forEach((table, env) -> {
            if (Visibility.canSeeEnvelope(s, viewer, table)) envelopes.put(table, EntityJson.envelope(env));
        });
        JsonArray boards = new JsonArray();
        for (Board b : s.boards().all()) {
            if (Visibility.canSeeBoard(s, viewer, b.id())) boards.add(EntityJson.board(b, s, viewer));
        }
        JsonObject out = new JsonObject()
                .put("session", EntityJson.session(s, context.joinUrl(s.code())))
                .put("participants", participants)
                .put("tables", EntityJson.tables(s))
                .put("envelopes", envelopes)
                .put("roleSet", EntityJson.roleSet(s.plan().roleSet()))
                .put("agenda", EntityJson.agenda(s.agenda()))
                .put("timer", EntityJson.timer(s.agenda().timer()))
                .put("boards", boards)
                .put("spotlight", s.spotlight())
                .put("format", context.formats().apply(s.plan().format()).snapshot(s, viewer));
        if (viewer instanceof Principal.Participant p) {
            s.envelopes().roleOf(p.id()).flatMap(s::role).ifPresent(r -> out.put("role", EntityJson.role(r)));
        }
        return out;
    }

    /** Who the viewer is, for the {@code welcome} message. */
    public static JsonObject you(SessionState s, Principal viewer) {
        if (viewer instanceof Principal.Participant p) {
            Participant me = s.participants().require(p.id());
            return new JsonObject().put("role", "participant").put("participant", me.id())
                    .put("name", me.name()).put("label", me.label());
        }
        return new JsonObject().put("role", viewer instanceof Principal.Facilitator ? "facilitator" : "projector");
    }
}
