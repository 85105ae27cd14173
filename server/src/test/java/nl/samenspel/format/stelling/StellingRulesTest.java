package nl.samenspel.format.stelling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.journal.JournalCodec;
import nl.samenspel.session.view.ReportData;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The statement round's rules on an in-memory session planned from the built-in pack. */
class StellingRulesTest {

    final SessionDriver g = StellingSessions.start();

    @Test
    void stickersMoveUntilTheFacilitatorClosesAndTheLeastChosenSideStarts() {
        List<String> people = StellingSessions.voted(g, 5, 4, 1);
        String ann = people.get(0);
        String bo = people.get(1);
        String first = StellingSessions.statements(g).get(0);
        assertArrayEquals(new int[] {1, 0, 0, 1, 1}, StellingSessions.round(g).counts(first));
        g.as(ann, new StellingCommand.Place(first, 2));
        assertArrayEquals(new int[] {1, 1, 0, 1, 0}, StellingSessions.round(g).counts(first), "Ann's sticker moved, it was not added");
        assertEquals(2, StellingSessions.round(g).stickerOf(first, ann).orElseThrow());
        assertEquals(List.of(), g.as(ann, new StellingCommand.Place(first, 2)), "the same place again changes nothing");

        g.as(ann, new StellingCommand.Place(first, 5));
        g.facilitator(new StellingCommand.Close(first));
        assertTrue(StellingSessions.round(g).isClosed(first));
        assertEquals("oneens", StellingSessions.round(g).firstSide(first).orElseThrow(), "one sticker disagrees, two agree: 'oneens' starts");
        assertTrue(g.state().boards().exists(StellingPlan.board(first)), "closing opens the statement's flip-over");
        assertEquals("wrong_phase", g.rejected(new Principal.Participant(bo), new StellingCommand.Place(first, 1)).code(),
                "a closed vote takes no more stickers");
        g.as(bo, new Command.AddNote(StellingPlan.board(first), "oneens", "Niet elke cliënt wil dat", null));
        assertEquals(List.of(), g.facilitator(new StellingCommand.Close(first)), "closing twice is a no-op");
    }

    @Test
    void aTieStartsOnTheDisagreeSideAndMoreDisagreeStartsOnAgree() {
        assertEquals("oneens", StellingRules.leastChosen(new int[] {0, 1, 3, 1, 0}));
        assertEquals("eens", StellingRules.leastChosen(new int[] {2, 1, 0, 1, 0}));
        assertEquals("oneens", StellingRules.leastChosen(new int[] {0, 0, 2, 1, 0}), "nobody disagreed: start there");
    }

    @Test
    void aParticipantCannotCloseTheVote() {
        String ann = g.join("Ann");
        String first = StellingSessions.statements(g).get(0);
        g.facilitator(new Command.GotoStep(1));
        Rejection r = g.rejected(new Principal.Participant(ann), new StellingCommand.Close(first));
        assertEquals("forbidden", r.code());
        assertFalse(StellingSessions.round(g).isClosed(first));
        assertEquals("forbidden", g.rejected(Principal.PROJECTOR, new StellingCommand.Close(first)).code());
    }

    @Test
    void badStickersAreRefusedAndChangeNothing() {
        String ann = g.join("Ann");
        String first = StellingSessions.statements(g).get(0);
        String second = StellingSessions.statements(g).get(1);
        Principal p = new Principal.Participant(ann);
        assertEquals("wrong_phase", g.rejected(p, new StellingCommand.Place(first, 3)).code(), "before the statement is up");
        g.facilitator(new Command.GotoStep(1));
        Rejection high = g.rejected(p, new StellingCommand.Place(first, 6));
        assertEquals("invalid_field", high.code());
        assertEquals("value", high.field());
        assertEquals("invalid_field", g.rejected(p, new StellingCommand.Place(first, 0)).code());
        Rejection unknown = g.rejected(p, new StellingCommand.Place("bestaat-niet", 3));
        assertEquals("invalid_field", unknown.code());
        assertEquals("statement", unknown.field());
        assertEquals("wrong_phase", g.rejected(p, new StellingCommand.Place(second, 3)).code(), "not the current statement");
        assertEquals("forbidden", g.rejected(Principal.FACILITATOR, new StellingCommand.Place(first, 3)).code(),
                "the facilitator places no sticker");
        assertArrayEquals(new int[5], StellingSessions.round(g).counts(first));
    }

    @Test
    void theJournalReplaysToTheSameSpreadAndReport() {
        String ann = StellingSessions.voted(g, 1, 3).get(0);
        String first = StellingSessions.statements(g).get(0);
        g.facilitator(new StellingCommand.Close(first));
        g.as(ann, new Command.AddNote(StellingPlan.board(first), "eens", "Het scheelt dubbel werk", null));
        JournalCodec codec = SessionDriver.CODEC;
        SessionState replayed = new SessionState(SessionDriver.FORMATS::rules);
        for (JournalEntry e : g.journal()) replayed.apply(codec.decode(codec.encode(e)));
        StellingState again = replayed.format();
        StellingState restored = codec.restore(codec.snapshot(g.state())).format();
        assertArrayEquals(StellingSessions.round(g).counts(first), restored.counts(first), "the snapshot keeps the stickers");
        assertEquals(1, restored.stickerOf(first, ann).orElseThrow());
        assertEquals("eens", restored.firstSide(first).orElseThrow());
        assertArrayEquals(StellingSessions.round(g).counts(first), again.counts(first));
        assertEquals("eens", again.firstSide(first).orElseThrow());
        JsonObject report = new ReportData(SessionDriver.FORMATS::require).collect(g.state());
        assertEquals(report.getJsonObject("format"), new ReportData(SessionDriver.FORMATS::require).collect(replayed).getJsonObject("format"));
        JsonObject round = report.getJsonObject("format").getJsonArray("statements").getJsonObject(0);
        assertEquals(new JsonArray(List.of(1, 0, 1, 0, 0)), round.getJsonArray("counts"));
        assertEquals(new JsonArray(List.of("Het scheelt dubbel werk")), round.getJsonObject("arguments").getJsonArray("eens"));
    }

    @Test
    void setUpOptionsAreCheckedByName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> StellingSessions.plan(new JsonObject().put("rounds", 2)));
        assertTrue(unknown.getMessage().startsWith("option 'rounds'"), unknown.getMessage());
        IllegalArgumentException minutes = assertThrows(IllegalArgumentException.class, () -> StellingSessions.plan(new JsonObject().put("minutes", 0)));
        assertTrue(minutes.getMessage().startsWith("option 'minutes'"), minutes.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> StellingSessions.plan(new JsonObject().put("statements", new JsonArray().add("nergens"))));
        assertTrue(missing.getMessage().contains("'nergens'"), missing.getMessage());
        var chosen = StellingSessions.plan(new JsonObject().put("statements", new JsonArray().add(StellingSessions.statements(g).get(2)).add(StellingSessions.statements(g).get(0)))
                .put("minutes", 4));
        assertEquals(List.of("uitleg", StellingSessions.statements(g).get(2), StellingSessions.statements(g).get(0)), chosen.steps().stream().map(s -> s.id()).toList());
        assertEquals(240, chosen.steps().get(1).seconds());
    }
}
