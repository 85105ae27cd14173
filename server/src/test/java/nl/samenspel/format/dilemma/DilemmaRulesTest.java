package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.format.dilemma.DilemmaCommand.AddLeading;
import nl.samenspel.format.dilemma.DilemmaCommand.Choose;
import nl.samenspel.format.dilemma.DilemmaCommand.NameValues;
import nl.samenspel.format.dilemma.DilemmaCommand.Nudge;
import nl.samenspel.format.dilemma.DilemmaCommand.RemoveLeading;
import nl.samenspel.format.dilemma.DilemmaEvent.ChoiceMade;
import nl.samenspel.format.dilemma.DilemmaEvent.LeadingAdded;
import nl.samenspel.format.dilemma.DilemmaEvent.Nudged;
import nl.samenspel.format.dilemma.DilemmaEvent.ValuesNamed;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionEvent.NoteAdded;
import nl.samenspel.session.domain.SessionEvent.NoteRemoved;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** What participants put in, in which steps, with which checks; and the facilitator's nudge. */
class DilemmaRulesTest {

    private static NameValues values(String... ids) {
        return new NameValues(List.of(ids), List.of(), null);
    }

    /** A game of 9 at two tables, in the given step of round 1. */
    private static SessionDriver at(String kind) {
        SessionDriver g = DilemmaSessions.secret(11);
        g.join(9, "Deelnemer");
        g.step(1, StepKind.DRAW);
        if (!kind.equals(StepKind.DRAW)) g.step(1, kind);
        return g;
    }

    private static String someoneAt(SessionDriver g, String table) {
        return g.state().tables().require(table).seats().get(0);
    }

    @Test
    void valuesAreNamedInTheStepsShareChooseAndLeadOnly() {
        SessionDriver g = at(StepKind.DRAW);
        String p = someoneAt(g, "t1");
        assertEquals("wrong_phase", g.rejected(p, values("autonomie")).code());
        List<String> second = List.of("veiligheid", "privacy", "respect");
        for (String kind : List.of(StepKind.SHARE, StepKind.CHOOSE, StepKind.LEAD)) {
            g.step(1, kind);
            List<SessionEvent> events = g.as(p, values("autonomie", second.get(g.currentStep().kind().equals(StepKind.SHARE) ? 0
                    : g.currentStep().kind().equals(StepKind.CHOOSE) ? 1 : 2)));
            assertEquals(1, SessionDriver.only(events, ValuesNamed.class).size(), kind);
        }
        g.step(1, StepKind.REVEAL);
        assertEquals("wrong_phase", g.rejected(p, values("autonomie")).code());
        Entry entry = g.format(DilemmaState.class).round(1).entry(p).orElseThrow();
        assertEquals(List.of("autonomie", "respect"), entry.values(), "the last naming replaces the ones before");
        assertEquals("t1", entry.table());
    }

    @Test
    void choicesAreMadeInTheStepsChooseAndLead() {
        SessionDriver g = at(StepKind.SHARE);
        String p = someoneAt(g, "t2");
        assertEquals("wrong_phase", g.rejected(p, new Choose("a", null)).code());
        g.step(1, StepKind.CHOOSE);
        ChoiceMade made = SessionDriver.only(g.as(p, new Choose("middle", "  Samen   afspraken maken ")), ChoiceMade.class).get(0);
        assertEquals("middle", made.choice());
        assertEquals("Samen afspraken maken", made.reason(), "the reason is tidied");
        g.step(1, StepKind.LEAD);
        g.as(p, new Choose("b", null));
        assertEquals("b", g.format(DilemmaState.class).round(1).entry(p).orElseThrow().choice());
        assertNull(g.format(DilemmaState.class).round(1).entry(p).orElseThrow().reason());
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFaultAndChangesNothing() {
        SessionDriver g = at(StepKind.CHOOSE);
        String p = someoneAt(g, "t1");
        Rejection unknown = g.rejected(p, values("autonomie", "geluk"));
        assertEquals("invalid_field", unknown.code());
        assertEquals("values", unknown.field());
        Rejection tooMany = g.rejected(p, values("autonomie", "veiligheid", "privacy", "vertrouwen", "respect", "balans"));
        assertEquals("values", tooMany.field());
        Rejection ownWordsTooLong = g.rejected(p, new NameValues(List.of(), List.of("x".repeat(41)), null));
        assertEquals("too_long", ownWordsTooLong.code());
        assertEquals("other", ownWordsTooLong.field());
        Rejection noteTooLong = g.rejected(p, new NameValues(List.of("autonomie"), List.of(), "y".repeat(201)));
        assertEquals("note", noteTooLong.field());
        Rejection badChoice = g.rejected(p, new Choose("c", null));
        assertEquals("choice", badChoice.field());
        Rejection longReason = g.rejected(p, new Choose("a", "z".repeat(121)));
        assertEquals("reason", longReason.field());
        assertEquals("forbidden", g.rejected(Principal.FACILITATOR, values("autonomie")).code(), "the facilitator names no values");
        assertTrue(g.format(DilemmaState.class).round(1).entries().isEmpty());
    }

    @Test
    void ownWordsThatNameAListedValueCountAsThatValue() {
        SessionDriver g = at(StepKind.SHARE);
        String p = someoneAt(g, "t1");
        ValuesNamed named = SessionDriver.only(g.as(p, new NameValues(List.of("autonomie"),
                List.of(" veiligheid", "Samen zorgen", "samen ZORGEN", "  "), "Ik wil zelf kiezen")), ValuesNamed.class).get(0);
        assertEquals(List.of("autonomie", "veiligheid"), named.values());
        assertEquals(List.of("Samen zorgen"), named.other(), "own words once, whatever the case");
        assertEquals("Ik wil zelf kiezen", named.note());
    }

    @Test
    void sayingTheSameAgainChangesNothing() {
        SessionDriver g = at(StepKind.CHOOSE);
        String p = someoneAt(g, "t1");
        g.as(p, values("autonomie"));
        g.as(p, new Choose("a", "zo"));
        long seq = g.state().seq();
        assertTrue(g.as(p, values("autonomie")).isEmpty());
        assertTrue(g.as(p, new Choose("a", "zo")).isEmpty());
        assertEquals(seq, g.state().seq());
    }

    @Test
    void someoneWhoIsNotAtATableYetCannotPlay() {
        SessionDriver g = DilemmaSessions.start(12);
        g.step(1, StepKind.SHARE);
        String late = g.join("Laat");
        Rejection r = g.rejected(late, values("autonomie"));
        assertEquals("wrong_phase", r.code());
        assertTrue(r.getMessage().contains("table"));
    }

    @Test
    void aTablePutsLeadingValuesOnItsFlipOverAndAnyoneThereMayTakeThemOff() {
        SessionDriver g = at(StepKind.LEAD);
        List<String> t1 = g.state().tables().require("t1").seats();
        String anna = t1.get(0);
        String bert = t1.get(1);
        List<SessionEvent> events = g.as(anna, new AddLeading(null, "autonomie", null));
        NoteAdded note = SessionDriver.only(events, NoteAdded.class).get(0);
        assertEquals("table/t1", note.board());
        assertEquals("r1", note.column(), "round 1's column of the table's flip-over");
        assertEquals("Autonomie", note.text());
        assertEquals(anna, note.author());
        assertEquals(note.note(), SessionDriver.only(events, LeadingAdded.class).get(0).note());

        assertTrue(g.as(bert, new AddLeading(null, null, "autonomie")).isEmpty(), "the same value twice is one note");
        g.as(bert, new AddLeading(null, null, "Samen beslissen"));
        assertEquals(List.of("Autonomie", "Samen beslissen"),
                LeadingValues.of(g.state(), 1, "t1").stream().map(l -> l.label().nl()).toList());
        assertEquals("autonomie", LeadingValues.of(g.state(), 1, "t1").get(0).value());

        String other = someoneAt(g, "t2");
        assertEquals("not_your_table", g.rejected(other, new RemoveLeading(note.note())).code());
        assertEquals("not_your_table", g.rejected(other, new AddLeading("t1", "privacy", null)).code());
        NoteRemoved removed = SessionDriver.only(g.as(bert, new RemoveLeading(note.note())), NoteRemoved.class).get(0);
        assertEquals(note.note(), removed.note(), "Bert may take off what Anna put on: the table decides together");
        assertEquals(List.of("Samen beslissen"), LeadingValues.of(g.state(), 1, "t1").stream().map(l -> l.label().nl()).toList());
    }

    @Test
    void leadingValuesAreNotedInTheStepsLeadAndRevealAndByTheFacilitatorAnyTime() {
        SessionDriver g = at(StepKind.CHOOSE);
        String p = someoneAt(g, "t1");
        assertEquals("wrong_phase", g.rejected(p, new AddLeading(null, "autonomie", null)).code());
        Rejection missing = g.rejected(p, new AddLeading(null, null, null));
        assertEquals("wrong_phase", missing.code(), "the phase is checked before the fields");
        g.step(1, StepKind.REVEAL);
        assertEquals(2, g.as(p, new AddLeading(null, "veiligheid", null)).size());
        assertEquals("invalid_field", g.rejected(p, new AddLeading(null, null, null)).code());
        assertEquals("text", g.rejected(p, new AddLeading(null, "veiligheid", "ook dit")).field());
        assertEquals("value", g.rejected(p, new AddLeading(null, "onbekend", null)).field());
        g.step(2, StepKind.DRAW);
        assertEquals("table", g.rejected(Principal.FACILITATOR, new AddLeading(null, "privacy", null)).field());
        NoteAdded byFacilitator = SessionDriver.only(g.facilitator(new AddLeading("t2", "privacy", null)), NoteAdded.class).get(0);
        assertEquals("r2", byFacilitator.column(), "the facilitator writes in the round being played");
    }

    @Test
    void onlyTheFacilitatorNudgesATableOrAPerson() {
        SessionDriver g = at(StepKind.SHARE);
        String p = someoneAt(g, "t1");
        assertEquals("forbidden", g.rejected(p, new Nudge("t1", null)).code());
        assertEquals("table", g.rejected(Principal.FACILITATOR, new Nudge(null, null)).field());
        assertEquals("not_found", g.rejected(Principal.FACILITATOR, new Nudge("t9", null)).code());
        Nudged nudged = SessionDriver.only(g.facilitator(new Nudge("t2", null)), Nudged.class).get(0);
        assertEquals("share", nudged.step());
        assertEquals(p, SessionDriver.only(g.facilitator(new Nudge(null, p)), Nudged.class).get(0).participant());
        assertEquals(2, g.format(DilemmaState.class).nudges());
    }
}
