package nl.samenspel.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor the benchmark compares Samenspel with: a bare in-memory websocket relay on the same
 * Vert.x and Netty, speaking only the part of docs/PROTOCOL.md the generator uses (create a
 * session, join and attach, tables of five, note and dot commands answered with an ack and sent
 * to the board's audience, timer and step commands, ping). No journal, no permission checks, no
 * validation: what the machine does without our work. Re-sent command ids get their first ack
 * again, as the protocol promises, so the reconnect storm can be played against it too; it keeps
 * no recent events, so every attach with {@code lastSeq} gets a fresh snapshot.
 *
 * <p>With {@code --journal=<file>} it is the durable relay: every command and join is appended
 * to that file and forced to disk ({@link RelayJournal}) before its ack and its events go out,
 * so the two relays' difference is what durability alone costs.
 *
 * <pre>java -cp samenspel-bench.jar nl.samenspel.bench.Relay --port=8080</pre>
 * (or {@code java -jar samenspel-bench.jar --relay --port=8080}).
 */
public final class Relay extends AbstractVerticle {

    private static final Map<String, Room> ROOMS = new ConcurrentHashMap<>();
    private static final AtomicInteger CODES = new AtomicInteger(100_000);

    private final int port;
    /** Null for the bare relay. */
    private final RelayJournal journal;

    private Relay(int port, RelayJournal journal) {
        this.port = port;
        this.journal = journal;
    }

    public static void main(String[] args) {
        int port = 8080;
        RelayJournal journal = null;
        for (String a : args) {
            if (a.startsWith("--port=")) port = Integer.parseInt(a.substring("--port=".length()));
            if (a.startsWith("--journal=")) journal = journalAt(Path.of(a.substring("--journal=".length())));
        }
        int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(instances));
        deploy(vertx, port, instances, journal).await();
        System.out.println("relay listening on " + port);
    }

    static RelayJournal journalAt(Path path) {
        try {
            return new RelayJournal(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One verticle per event loop, as Samenspel deploys its HTTP verticle per core. */
    static io.vertx.core.Future<String> deploy(Vertx vertx, int port, int instances, RelayJournal journal) {
        return vertx.deployVerticle(() -> new Relay(port, journal), new DeploymentOptions().setInstances(instances));
    }

    @Override
    public void start(io.vertx.core.Promise<Void> started) {
        vertx.createHttpServer(new HttpServerOptions().setMaxWebSocketFrameSize(65_536))
                .webSocketHandler(this::onSocket)
                .requestHandler(req -> {
                    if (req.path().equals("/health")) {
                        req.response().putHeader("content-type", "application/json").end("{\"status\":\"ok\"}");
                    } else if (req.path().equals("/api/sessions") && req.method().name().equals("POST")) {
                        req.body().onSuccess(b -> {
                            Room room = new Room(Integer.toString(CODES.incrementAndGet()), "f" + System.nanoTime(), journal);
                            ROOMS.put(room.code, room);
                            req.response().setStatusCode(201).putHeader("content-type", "application/json")
                                    .end(new JsonObject().put("code", room.code).put("facilitatorToken", room.facilitatorToken).encode());
                        });
                    } else {
                        req.response().setStatusCode(404).end();
                    }
                })
                .listen(port).<Void>mapEmpty().onComplete(started);
    }

    private void onSocket(ServerWebSocket socket) {
        if (!socket.path().equals("/live")) {
            socket.close((short) 1008);
            return;
        }
        Member[] me = new Member[1];
        socket.textMessageHandler(text -> {
            JsonObject m = new JsonObject(text);
            String type = m.getString("type");
            if ("ping".equals(type)) {
                socket.writeTextMessage(new JsonObject().put("type", "pong").put("t", m.getValue("t"))
                        .put("server", System.currentTimeMillis()).encode());
                return;
            }
            if ("join".equals(type) || "attach".equals(type)) {
                Room room = ROOMS.get(m.getString("code", ""));
                if (room == null) {
                    socket.writeTextMessage(error(m, "unknown_session"));
                    return;
                }
                me[0] = room.enter(socket, m);
                if (me[0] == null) socket.writeTextMessage(error(m, "bad_token"));
                return;
            }
            if (me[0] == null) {
                socket.writeTextMessage(error(m, "not_attached"));
                return;
            }
            me[0].room.command(me[0], m);
        });
        socket.closeHandler(v -> {
            if (me[0] != null) me[0].room.leave(me[0], socket);
        });
    }

    private static String error(JsonObject m, String code) {
        return new JsonObject().put("type", "error").put("id", m.getString("id")).put("code", code).put("message", code).encode();
    }

    /** Someone in a room: the facilitator or a participant, with their current socket. */
    private static final class Member {
        final Room room;
        final String id;
        final String token;
        final boolean staff;
        String table;
        ServerWebSocket socket;
        /** Acks already sent, by client message id: a re-sent command is answered with the first. */
        final Map<String, String> acks = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > 1_000;
            }
        };

        Member(Room room, String id, String token, boolean staff) {
            this.room = room;
            this.id = id;
            this.token = token;
            this.staff = staff;
        }
    }

    /** One session's state; every change under its own lock (its members live on several event loops). */
    private static final class Room {
        final String code;
        final String facilitatorToken;
        final Map<String, Member> byToken = new HashMap<>();
        final List<Member> members = new ArrayList<>();
        final Map<String, List<Member>> tables = new LinkedHashMap<>();
        final Map<String, List<JsonObject>> boards = new LinkedHashMap<>();
        final RelayJournal journal;
        long seq;
        int notes;

        Room(String code, String facilitatorToken, RelayJournal journal) {
            this.code = code;
            this.facilitatorToken = facilitatorToken;
            this.journal = journal;
        }

        synchronized Member enter(ServerWebSocket socket, JsonObject m) {
            String token = m.getString("token");
            Member member = token == null ? null : byToken.get(token);
            boolean joined = false;
            if (member == null) {
                if (token != null && token.equals(facilitatorToken)) {
                    member = new Member(this, "facilitator", token, true);
                } else if ("join".equals(m.getString("type"))) {
                    String t = token != null ? token : "t" + code + "-" + members.size() + "-" + System.nanoTime();
                    member = new Member(this, "p" + (members.size() + 1), t, false);
                    joined = true;
                } else {
                    return null;
                }
                byToken.put(member.token, member);
                members.add(member);
            }
            member.socket = socket;
            JsonObject you = new JsonObject().put("role", member.staff ? "facilitator" : "participant");
            if (!member.staff) you.put("participant", member.id).put("name", m.getString("name", member.id));
            JsonObject welcome = new JsonObject().put("type", "welcome").put("id", m.getString("id")).put("seq", seq)
                    .put("serverTime", System.currentTimeMillis()).put("resumed", false).put("you", you).put("snapshot", snapshot());
            if ("join".equals(m.getString("type"))) welcome.put("token", member.token);
            socket.writeTextMessage(welcome.encode());
            if (joined) {
                seq++;
                Outbox out = new Outbox(journal);
                String frame = event("participant.upserted",
                        new JsonObject().put("participant", new JsonObject().put("id", member.id).put("label", member.id)));
                out.toAll(everyone(member), frame);
                out.send(frame);
            }
            return member;
        }

        synchronized void leave(Member member, ServerWebSocket socket) {
            if (member.socket == socket) member.socket = null;
        }

        synchronized void command(Member member, JsonObject m) {
            Outbox out = new Outbox(journal);
            String id = m.getString("id");
            String earlier = id == null ? null : member.acks.get(id);
            if (earlier != null) {
                out.to(member.socket, earlier);
                out.send(null);
                return;
            }
            seq++;
            String type = m.getString("type", "");
            String ack = new JsonObject().put("type", "ack").put("id", id).put("seq", seq).encode();
            if (id != null) member.acks.put(id, ack);
            out.to(member.socket, ack);
            switch (type) {
                case "tables.arrange" -> arrange(m.getInteger("maxSize", 5), out);
                case "note.add" -> {
                    String board = m.getString("board", "plenary");
                    JsonObject note = new JsonObject().put("id", "n" + (++notes)).put("column", m.getString("column"))
                            .put("text", m.getString("text")).put("color", m.getString("color", "yellow"))
                            .put("author", member.id).put("votes", 0);
                    boards.computeIfAbsent(board, b -> new ArrayList<>()).add(note);
                    out.toAll(audience(board), event("note.upserted", new JsonObject().put("board", board).put("note", note)));
                }
                case "vote.add", "vote.remove" -> {
                    String board = m.getString("board", "plenary");
                    out.toAll(audience(board), event("votes.changed", new JsonObject().put("board", board)
                            .put("note", m.getString("note")).put("votes", 1)));
                }
                case "timer.start" -> out.toAll(members, event("timer.changed", new JsonObject().put("timer",
                        new JsonObject().put("status", "running").put("durationMs", m.getInteger("seconds", 60) * 1000L)
                                .put("deadline", System.currentTimeMillis() + m.getInteger("seconds", 60) * 1000L))));
                case "step.goto" -> out.toAll(members, event("step.changed", new JsonObject().put("agenda",
                        new JsonObject().put("current", m.getValue("index")))));
                default -> {
                    // envelope.open, roles.deal, …: acknowledged, nothing to show in a relay
                }
            }
            out.send(m.encode());
        }

        private void arrange(int maxSize, Outbox out) {
            List<Member> people = members.stream().filter(p -> !p.staff).toList();
            int count = Math.max(1, (people.size() + maxSize - 1) / maxSize);
            tables.clear();
            for (int i = 0; i < count; i++) tables.put("t" + (i + 1), new ArrayList<>());
            List<String> ids = new ArrayList<>(tables.keySet());
            for (int i = 0; i < people.size(); i++) {
                String t = ids.get(i % count);
                tables.get(t).add(people.get(i));
                people.get(i).table = t;
            }
            out.toAll(members, event("snapshot", snapshot()));
        }

        private JsonObject snapshot() {
            JsonArray t = new JsonArray();
            tables.forEach((id, seats) -> t.add(new JsonObject().put("id", id)
                    .put("seats", new JsonArray(seats.stream().map(s -> s.id).toList()))));
            JsonArray b = new JsonArray();
            boards.forEach((id, notes) -> b.add(new JsonObject().put("id", id).put("notes", new JsonArray(new ArrayList<>(notes)))));
            return new JsonObject().put("session", new JsonObject().put("code", code)).put("tables", t).put("boards", b);
        }

        private List<Member> audience(String board) {
            if (!board.startsWith("table/")) return members;
            String table = board.substring("table/".length());
            List<Member> out = new ArrayList<>(tables.getOrDefault(table, List.of()));
            members.stream().filter(m -> m.staff).forEach(out::add);
            return out;
        }

        private List<Member> everyone(Member except) {
            return members.stream().filter(m -> m != except).toList();
        }

        private String event(String name, JsonObject data) {
            return new JsonObject().put("type", "event").put("seq", seq).put("event", name).put("data", data).encode();
        }
    }

    /**
     * The frames one change sends, each socket taken as it is now: written at once by the bare
     * relay, once the change is on disk by the durable one (in the order the changes were made).
     */
    private static final class Outbox {
        private final RelayJournal journal;
        private final List<ServerWebSocket> sockets = new ArrayList<>();
        private final List<String> frames = new ArrayList<>();

        Outbox(RelayJournal journal) {
            this.journal = journal;
        }

        void to(ServerWebSocket socket, String frame) {
            if (socket == null) return;
            sockets.add(socket);
            frames.add(frame);
        }

        /** Encoded once, written to every connected socket of the audience. */
        void toAll(List<Member> audience, String frame) {
            for (Member m : audience) to(m.socket, frame);
        }

        /** @param line what goes into the journal for this change (null: nothing new, as for a re-sent command) */
        void send(String line) {
            if (journal == null) writeAll();
            else journal.append(line, this::writeAll);
        }

        private void writeAll() {
            for (int i = 0; i < sockets.size(); i++) {
                try {
                    sockets.get(i).writeTextMessage(frames.get(i));
                } catch (RuntimeException closed) {
                    // A socket closed meanwhile; the others still get their frame.
                }
            }
        }
    }
}
