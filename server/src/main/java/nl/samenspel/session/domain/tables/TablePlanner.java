package nl.samenspel.session.domain.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.samenspel.session.domain.SessionEvent.Seating;

/**
 * Divides people over as few tables as the maximum size allows, as evenly as possible:
 * 13 people with at most 5 a table sit 5 + 4 + 4, never 5 + 5 + 3.
 */
public final class TablePlanner {

    private TablePlanner() {}

    public static List<Integer> sizes(int people, int maxSize) {
        if (people <= 0) return List.of();
        int tables = (people + maxSize - 1) / maxSize;
        List<Integer> sizes = new ArrayList<>(tables);
        for (int i = 0; i < tables; i++) sizes.add(people / tables + (i < people % tables ? 1 : 0));
        return sizes;
    }

    /** Mixes people at random (colleagues who arrived together need not stand together). */
    public static List<Seating> balanced(List<String> people, int maxSize, Random random) {
        List<String> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, random);
        List<Seating> tables = new ArrayList<>();
        int next = 0;
        int number = 1;
        for (int size : sizes(shuffled.size(), maxSize)) {
            tables.add(new Seating("t" + number, number, shuffled.subList(next, next + size)));
            next += size;
            number++;
        }
        return tables;
    }
}
