package nl.samenspel.e2e;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;

/**
 * A full room for the projector fit test: thirty people who do everything a format asks of them
 * (values, choices and leading values in the dilemma game, answers in the card game, scores and
 * actions for the spearheads, stickers on every statement) and forty notes on every flip-over
 * the room sees. Every command is acknowledged before the test looks; nothing is left to chance
 * (the card game deals only cards that take answers, and the room's card is chosen by its text).
 */
final class ProjectorRoom implements AutoCloseable {

    static final int PEOPLE = 30;
    static final int NOTES = 40;
    private static final String[] SIDES = {"a", "middle", "b"};

    final TestServer server;
    final String format;
    final String code;
    final String token;
    final String projectorUrl;
    final LiveClient f;
    private final List<LiveClient> people = new ArrayList<>();
    private final Map<String, LiveClient> byId = new HashMap<>();
    private final Set<String> filled = new HashSet<>();

    ProjectorRoom(TestServer server, String format) {
        this.server = server;
        this.format = format;
        JsonObject body = new JsonObject().put("format", format).put("title", "Teamdag De Linde");
        if (format.equals("dilemma")) body.put("options", new JsonObject().put("autoRun", false));
        if (format.equals("cards")) {
            body.put("pack", "kaartspel-mantelzorg")
                    .put("options", new JsonObject().put("types", new JsonArray(List.of("knowledge", "statement"))));
        }
        if (format.equals("spearheads")) body.put("pack", "speerpunten");
        JsonObject created = server.createSession(body);
        code = created.getString("code");
        token = created.getString("facilitatorToken");
        projectorUrl = created.getString("projectorUrl");
        f = server.client();
        f.attach(code, token, 0);
        for (int i = 1; i <= PEOPLE; i++) {
            LiveClient c = server.client();
            String id = c.join(code, (i % 3 == 0 ? "Maria-Josephine " : "Deelnemer ") + i).getJsonObject("you").getString("participant");
            people.add(c);
            byId.put(id, c);
        }
    }

    JsonObject snapshot() {
        try (LiveClient look = server.client()) {
            return look.attach(code, token, 0).getJsonObject("snapshot");
        }
    }

    JsonArray steps() {
        return snapshot().getJsonObject("agenda").getJsonArray("steps");
    }

    /** What everyone does in this step before the projector is looked at. */
    void play(JsonObject step) {
        String kind = step.getString("kind");
        JsonObject snap = snapshot();
        JsonObject game = snap.getJsonObject("format");
        switch (format) {
            case "dilemma" -> dilemma(kind, snap, game);
            case "cards" -> { if (kind.equals("play")) tables(snap); }
            case "spearheads" -> spearheads(kind, game);
            case "stelling" -> {
                if (kind.equals("statement")) {
                    for (int i = 0; i < people.size(); i++) {
                        people.get(i).ack("stelling.place", new JsonObject().put("statement", step.getString("id")).put("value", 1 + (i * 7) % 5));
                    }
                }
            }
            default -> { }
        }
    }

    /** A second look within the step, or null: the room's card in the card game, the arguments after a statement's vote. */
    String more(JsonObject step) {
        if (format.equals("cards") && step.getString("kind").equals("play")) {
            roomCard();
            return "room card";
        }
        if (format.equals("stelling") && step.getString("kind").equals("statement")) {
            f.ack("stelling.close", new JsonObject().put("statement", step.getString("id")));
            fill(false);
            return "arguments";
        }
        return null;
    }

    private void dilemma(String kind, JsonObject snap, JsonObject game) {
        List<String> values = ids(game.getJsonArray("values"));
        for (int i = 0; i < people.size(); i++) {
            LiveClient p = people.get(i);
            switch (kind) {
                case "draw" -> p.command("envelope.open", new JsonObject());
                case "share" -> {
                    JsonArray own = new JsonArray();
                    if (i % 4 == 0) own.add("Samen optrekken");
                    if (i % 7 == 0) own.add("Rust in huis");
                    p.ack("dilemma.values", new JsonObject()
                            .put("values", new JsonArray(List.of(values.get(i % values.size()), values.get((i + 2) % values.size()), values.get((i * 5 + 1) % values.size()))))
                            .put("other", own).put("note", "Vanuit mijn rol telt vooral dat iedereen gehoord wordt (" + (i + 1) + ")."));
                }
                case "choose" -> p.ack("dilemma.choose", new JsonObject().put("choice", SIDES[i % 3])
                        .put("reason", "Omdat we het samen moeten dragen, reden " + (i + 1)));
                default -> { }
            }
        }
        if (kind.equals("lead")) {
            int k = 0;
            for (Object o : snap.getJsonArray("tables")) {
                String table = ((JsonObject) o).getString("id");
                f.ack("dilemma.lead", new JsonObject().put("table", table).put("value", values.get(k++ % values.size())));
                f.ack("dilemma.lead", new JsonObject().put("table", table).put("value", values.get(k++ % values.size())));
                f.ack("dilemma.lead", new JsonObject().put("table", table).put("text", "Samen optrekken"));
            }
        }
    }

    /** Every table draws a card and every player answers it (the reveal follows by itself). */
    private void tables(JsonObject snap) {
        for (Object o : snap.getJsonArray("tables")) f.ack("cards.draw", new JsonObject().put("game", ((JsonObject) o).getString("id")));
        JsonObject game = snapshot().getJsonObject("format");
        for (Object o : snap.getJsonArray("tables")) answer(game, ((JsonObject) o).getString("id"));
    }

    /** The card with the longest text goes to the room, and all thirty answer it. */
    private void roomCard() {
        JsonObject game = snapshot().getJsonObject("format");
        String card = game.getJsonArray("catalogue").stream().map(o -> (JsonObject) o)
                .filter(c -> c.getString("type").equals("knowledge"))
                .max(Comparator.comparingInt((JsonObject c) -> c.getJsonObject("text").getString("nl").length()).thenComparing(c -> c.getString("id")))
                .orElseThrow().getString("id");
        f.ack("cards.plenary", new JsonObject().put("card", card));
        answer(snapshot().getJsonObject("format"), "plenary");
    }

    private void answer(JsonObject game, String id) {
        JsonObject g = game.getJsonObject("games").getJsonObject(id);
        JsonObject play = g.getJsonObject("current");
        JsonArray options = play.getJsonObject("card").getJsonArray("options");
        List<String> choices = ids(options == null || options.isEmpty() ? game.getJsonArray("statementOptions") : options);
        JsonArray players = g.getJsonArray("players");
        for (int k = 0; k < players.size(); k++) {
            byId.get(players.getString(k)).ack("cards.answer", new JsonObject().put("game", id)
                    .put("play", play.getInteger("play")).put("option", choices.get(k % choices.size())));
        }
    }

    private void spearheads(String kind, JsonObject game) {
        JsonObject plan = game.getJsonObject("plan");
        if (kind.equals("thermometer") && plan.getJsonObject("thermometer") != null) {
            List<String> factors = ids(plan.getJsonObject("thermometer").getJsonArray("factors"));
            for (int i = 0; i < people.size(); i++) {
                for (int k = 0; k < factors.size(); k++) {
                    people.get(i).ack("spearheads.rate", new JsonObject().put("factor", factors.get(k)).put("score", 1 + (i + k) % 5));
                }
            }
            f.ack("spearheads.thermometer.reveal", new JsonObject());
        }
        if (kind.equals("closing")) {
            for (Object o : plan.getJsonArray("order")) {
                for (int k = 1; k <= 3; k++) {
                    f.ack("spearheads.action.add", new JsonObject().put("spearhead", (String) o)
                            .put("what", "Actie " + k + ": een vast moment in de week om samen met de familie de zorg door te spreken")
                            .put("whoText", "Maria-Josephine " + (3 * k)).put("when", "2026-W5" + k));
                }
            }
        }
    }

    private static List<String> ids(JsonArray list) {
        return list.stream().map(o -> o instanceof JsonObject j ? j.getString("id") : String.valueOf(o)).toList();
    }

    /**
     * Forty notes by the people (a few long ones among them) on every plenary board that has
     * none yet, or with {@code tables} on the first table's board.
     */
    void fill(boolean tables) {
        for (Object o : snapshot().getJsonArray("boards")) {
            JsonObject board = (JsonObject) o;
            String id = board.getString("id");
            if (!(tables ? id.equals("table/t1") : id.startsWith("plenary")) || !filled.add(id)) continue;
            JsonArray columns = board.getJsonArray("columns");
            if (columns.isEmpty()) continue;
            for (int k = 0; k < NOTES; k++) {
                // One or two sentences (60 or 110 characters), every fifth note four (210).
                int repeat = k % 5 == 4 ? 4 : 1 + (k / 2) % 2;
                String text = "Briefje " + (k + 1) + ": " + "samen met de familie afspraken maken over bezoek ".repeat(repeat).trim();
                JsonObject fields = new JsonObject().put("board", id)
                        .put("column", columns.getJsonObject(k % columns.size()).getString("id")).put("text", text);
                JsonObject reply = tables ? null : people.get(k % people.size()).command("note.add", fields);
                if (reply == null || !"ack".equals(reply.getString("type"))) f.ack("note.add", fields);
            }
        }
    }

    @Override
    public void close() {
        people.forEach(LiveClient::close);
        f.close();
    }
}
