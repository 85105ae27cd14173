package nl.samenspel.session.view;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.Column;
import nl.samenspel.session.domain.board.Note;
import nl.samenspel.session.domain.tables.Table;

/**
 * A session's results as data: the session, who took part (first names only), the tables,
 * every flip-over with its notes and votes, and the format's own results. Collected on the
 * session's actor; every export is rendered from it. Shape documented in docs/EXPORTS.md.
 */
public final class ReportData {

    private final Function<String, FormatReport> formats;

    public ReportData(Function<String, FormatReport> formats) {
        this.formats = formats;
    }

    public JsonObject collect(SessionState s) {
        JsonArray participants = new JsonArray();
        for (Participant p : s.participants().all()) {
            participants.add(new JsonObject().put("id", p.id()).put("label", p.label()).put("table", p.table())
                    .put("removed", p.removed()));
        }
        JsonArray tables = new JsonArray();
        for (Table t : s.tables().all()) {
            JsonArray seats = new JsonArray();
            t.seats().forEach(id -> seats.add(s.participants().labelOf(id)));
            tables.add(new JsonObject().put("id", t.id()).put("number", t.number()).put("people", seats));
        }
        JsonArray boards = new JsonArray();
        for (Board b : s.boards().all()) boards.add(board(b, s));
        return new JsonObject()
                .put("session", new JsonObject()
                        .put("code", s.code())
                        .put("title", s.plan().title())
                        .put("format", s.plan().format())
                        .put("pack", s.plan().pack())
                        .put("createdAt", s.createdAt())
                        .put("lastActivity", s.lastActivity()))
                .put("participants", participants)
                .put("tables", tables)
                .put("boards", boards)
                .put("format", formats.apply(s.plan().format()).report(s));
    }

    private static JsonObject board(Board b, SessionState s) {
        JsonArray columns = new JsonArray();
        for (Column c : b.columns()) {
            JsonArray notes = new JsonArray();
            for (Note n : b.notes()) {
                if (!n.column().equals(c.id())) continue;
                notes.add(new JsonObject()
                        .put("id", n.id())
                        .put("text", n.text())
                        .put("author", Note.FACILITATOR.equals(n.author()) ? null : s.participants().labelOf(n.author()))
                        .put("votes", b.votesOn(n.id()))
                        .put("group", n.group() == null ? null : b.groups().get(n.group()))
                        .put("highlighted", n.highlighted()));
            }
            columns.add(new JsonObject().put("id", c.id()).put("title", EntityJson.text(c.title())).put("notes", notes));
        }
        return new JsonObject().put("id", b.id()).put("title", EntityJson.text(b.title())).put("columns", columns);
    }
}
