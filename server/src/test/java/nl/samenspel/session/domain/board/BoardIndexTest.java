package nl.samenspel.session.domain.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.content.Text;
import nl.samenspel.json.Json;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * The board answers "where does a new note go" and "how many dots has this voter placed" from an
 * index instead of a scan; this plays a seeded mix of every change and compares the index with a
 * scan after each step, also on a board read back from a snapshot.
 */
class BoardIndexTest {

    private static final List<String> COLUMNS = List.of("now", "later");
    private static final List<String> VOTERS = List.of("p1", "p2", "p3");

    @Test
    void theIndexAnswersAsAScanWouldAfterEveryKindOfChange() throws Exception {
        ObjectMapper fields = new Json(List.of()).fields();
        Board board = new Board("plenary", Text.same("Flip-over"), List.of(
                new Column("now", Text.same("Now"), "yellow"),
                new Column("later", Text.same("Later"), "green")), 5);
        Random random = new Random(15);
        List<String> live = new ArrayList<>();
        int made = 0;
        for (int step = 0; step < 2_000; step++) {
            int kind = live.isEmpty() ? 0 : random.nextInt(5);
            String note = live.isEmpty() ? null : live.get(random.nextInt(live.size()));
            String voter = VOTERS.get(random.nextInt(VOTERS.size()));
            try {
                switch (kind) {
                    case 0 -> {
                        SessionEvent.NoteAdded e = board.add("n" + ++made, column(random), "idee", null, voter, step);
                        board.apply(e);
                        live.add(e.note());
                    }
                    case 1 -> board.apply(board.move(note, column(random),
                            random.nextBoolean() ? null : live.get(random.nextInt(live.size()))));
                    case 2 -> {
                        board.apply(board.remove(note, Note.FACILITATOR));
                        live.remove(note);
                    }
                    case 3 -> board.apply(board.vote(note, voter));
                    default -> board.apply(board.unvote(note, voter));
                }
            } catch (Rejection refused) {
                // a refused change (no dots left, a note before itself) changes nothing: still compared below
            }
            assertIndexMatchesScan(board, step);
            if (step % 20 == 0) {
                Board restored = fields.readValue(fields.writeValueAsString(board), Board.class);
                assertFalse(fields.writeValueAsString(board).contains("index"), "the index is never stored");
                assertIndexMatchesScan(restored, step);
                assertEquals(fields.writeValueAsString(board), fields.writeValueAsString(restored));
                // Go on with a board just read, untouched: its index is then built by the next change.
                board = fields.readValue(fields.writeValueAsString(board), Board.class);
            }
        }
    }

    private static String column(Random random) {
        return COLUMNS.get(random.nextInt(COLUMNS.size()));
    }

    private static void assertIndexMatchesScan(Board board, int step) {
        for (String voter : VOTERS) {
            int scanned = board.notes().stream().mapToInt(n -> board.votesBy(voter, n.id())).sum();
            assertEquals(scanned, board.dotsUsedBy(voter), "dots of " + voter + " after step " + step);
        }
        for (String column : COLUMNS) {
            double last = board.notes().stream().filter(n -> n.column().equals(column))
                    .mapToDouble(Note::order).max().orElse(0);
            SessionEvent.NoteAdded next = board.add("probe", column, "x", null, "p1", 0);
            assertEquals(last + 1, next.order(), "next place in " + column + " after step " + step);
        }
    }
}
