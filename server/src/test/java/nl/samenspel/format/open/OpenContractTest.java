package nl.samenspel.format.open;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.testing.FormatContract;
import nl.samenspel.testing.RoleSecrets;
import nl.samenspel.session.view.SnapshotView;
import nl.samenspel.session.view.ViewContext;
import nl.samenspel.testing.SessionDriver;
import nl.samenspel.testing.SessionDriverSetup;
import org.junit.jupiter.api.Test;

/** The open workshop (tables, envelopes, flip-overs, agenda; no rules of its own) keeps the format contract. */
class OpenContractTest extends FormatContract {

    /** The open workshop with no options (its defaults), and whatever else {@code more} sets. */
    private static SessionDriver workshop(Consumer<SessionDriverSetup> more) {
        return SessionDriver.of("open", "samenspel-basis", s -> {
            s.title = "Replay";
            s.options = null;
            more.accept(s);
        });
    }

    @Override
    protected SessionDriver emptySession() {
        return workshop(s -> { });
    }

    /** A random workshop, its moves and the session's decisions drawn from one source. */
    @Override
    protected SessionDriver fullSession() {
        Random random = new Random(99);
        SessionDriver live = workshop(s -> {
            s.code = "REPLAY";
            s.now = 0;
            s.random = random;
        });
        List<String> people = new ArrayList<>();
        live.walk(600, i -> {
            live.advance(1000);
            int pick = random.nextInt(12);
            if (pick == 0 || people.size() < 3) {
                people.add(live.join("Naam" + random.nextInt(6)));
            } else {
                Principal who = pick < 6 ? new Principal.Participant(people.get(random.nextInt(people.size())))
                        : Principal.FACILITATOR;
                live.send(who, randomCommand(live.state(), random));
            }
        });
        assertTrue(live.state().seq() > 300, "the workshop made enough changes to be a real test: " + live.state().seq());
        return live;
    }

    /** Roles dealt at the tables and not yet revealed. */
    @Override
    protected SessionDriver secretSession() {
        SessionDriver s = workshop(setup -> { });
        s.join(6, "Naam");
        s.facilitator(new Command.ArrangeTables(3));
        s.facilitator(new Command.DealRoles(null));
        return s;
    }

    @Override
    protected List<Secret> secrets(SessionDriver s) {
        return RoleSecrets.hiddenFromOthers(s, "a role before the reveal", s.seats("t1").get(0));
    }

    /** The role check above can fail: once the roles are revealed, a table mate sees exactly what it looks for. */
    @Test
    void theRoleCheckSeesARoleOnceRevealed() {
        SessionDriver s = secretSession();
        String holder = s.seats("t1").get(0);
        Principal mate = new Principal.Participant(s.seats("t1").get(1));
        s.facilitator(new Command.RevealRoles(null));
        assertTrue(ties(new SnapshotView(new ViewContext("http://127.0.0.1:8080", SessionDriver.FORMATS::view)).of(s.state(), mate),
                holder, s.roleOf(holder)));
    }

    private static Command randomCommand(SessionState s, Random r) {
        List<String> boards = s.boards().all().stream().map(Board::id).toList();
        String board = boards.get(r.nextInt(boards.size()));
        List<String> notes = s.boards().require(board).notes().stream().map(n -> n.id()).toList();
        String note = notes.isEmpty() ? "n0" : notes.get(r.nextInt(notes.size()));
        String other = notes.isEmpty() ? "n0" : notes.get(r.nextInt(notes.size()));
        List<String> tables = s.tables().all().stream().map(t -> t.id()).toList();
        String table = tables.isEmpty() ? "t1" : tables.get(r.nextInt(tables.size()));
        List<String> people = s.participants().present().stream().map(p -> p.id()).toList();
        String person = people.get(r.nextInt(people.size()));
        String[] columns = {"ideas", "questions", "actions"};
        return switch (r.nextInt(17)) {
            case 0 -> new Command.ArrangeTables(2 + r.nextInt(5));
            case 1 -> new Command.MoveParticipant(person, table);
            case 2 -> new Command.DealRoles(r.nextBoolean() ? null : table);
            case 3 -> new Command.OpenEnvelope();
            case 4 -> new Command.RevealRoles(null);
            case 5 -> new Command.GotoStep(r.nextInt(3));
            case 6 -> new Command.StartTimer(null);
            case 7 -> new Command.ExtendTimer(60);
            case 8 -> new Command.EditNote(board, note, "bewerkt " + r.nextInt(), null);
            case 9 -> new Command.RemoveNote(board, note);
            case 10 -> new Command.MoveNote(board, note, columns[r.nextInt(3)], r.nextBoolean() ? null : other);
            case 11 -> new Command.GroupNotes(board, List.of(note, other), "groep");
            case 12 -> new Command.AddVote(board, note);
            case 13 -> new Command.HighlightNote(board, note, r.nextBoolean());
            case 14 -> new Command.HideVotes(board, r.nextBoolean());
            default -> new Command.AddNote(board, columns[r.nextInt(3)], "notitie " + r.nextInt(1000), null);
        };
    }
}
