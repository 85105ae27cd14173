package nl.samenspel.session.domain.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import nl.samenspel.session.domain.SessionEvent.Seating;
import org.junit.jupiter.api.Test;

class TablePlannerTest {

    @Test
    void thirteenPeopleAtTablesOfFiveSitFiveFourFour() {
        assertEquals(List.of(5, 4, 4), TablePlanner.sizes(13, 5));
    }

    @Test
    void sizesAreBalancedAndUseAsFewTablesAsTheMaximumAllows() {
        assertEquals(List.of(5, 5), TablePlanner.sizes(10, 5));
        assertEquals(List.of(4, 4, 3), TablePlanner.sizes(11, 5));
        assertEquals(List.of(4), TablePlanner.sizes(4, 5));
        assertEquals(List.of(), TablePlanner.sizes(0, 5));
        for (int people = 1; people <= 80; people++) {
            for (int max = 2; max <= 12; max++) {
                List<Integer> sizes = TablePlanner.sizes(people, max);
                assertEquals(people, sizes.stream().mapToInt(Integer::intValue).sum());
                assertEquals((people + max - 1) / max, sizes.size(), "tables for " + people + " at " + max);
                int biggest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
                int smallest = sizes.stream().mapToInt(Integer::intValue).min().orElseThrow();
                assertTrue(biggest <= max && biggest - smallest <= 1, people + " at " + max + ": " + sizes);
            }
        }
    }

    @Test
    void everyoneIsSeatedExactlyOnce() {
        List<String> people = IntStream.rangeClosed(1, 23).mapToObj(i -> "p" + i).toList();
        List<Seating> tables = TablePlanner.balanced(people, 5, new Random(7));
        List<String> seated = new ArrayList<>();
        tables.forEach(t -> seated.addAll(t.seats()));
        assertEquals(23, seated.size());
        assertEquals(Set.copyOf(people), new HashSet<>(seated));
        assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), tables.stream().map(Seating::id).toList());
    }
}
