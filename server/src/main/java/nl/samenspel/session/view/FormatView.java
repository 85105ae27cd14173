package nl.samenspel.session.view;

import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;

/** How a format shows its own state: in snapshots and as updates after its events. */
public interface FormatView {

    /** The format's part of a snapshot, as this viewer may see it; null when there is none. */
    JsonObject snapshot(SessionState session, Principal viewer);

    /** The updates one applied event leads to (format events, and shared ones the format shows). */
    List<Update> project(SessionState session, SessionEvent event);

    FormatView NONE = new FormatView() {
        public JsonObject snapshot(SessionState session, Principal viewer) { return null; }

        public List<Update> project(SessionState session, SessionEvent event) { return List.of(); }
    };
}
