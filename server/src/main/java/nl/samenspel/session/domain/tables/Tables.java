package nl.samenspel.session.domain.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;

/** The tables of a session and who stands at which. */
public final class Tables {

    private final List<Table> tables = new ArrayList<>();

    public List<Table> all() {
        return List.copyOf(tables);
    }

    public boolean arranged() {
        return !tables.isEmpty();
    }

    public Optional<Table> find(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Table require(String id) {
        return find(id).orElseThrow(() -> Rejection.notFound("table", id));
    }

    public Optional<Table> of(String participant) {
        return tables.stream().filter(t -> t.seats(participant)).findFirst();
    }

    /** Where a latecomer goes: the smallest table, the lowest number among equals. */
    public Optional<Table> smallest() {
        return tables.stream().min(Comparator.comparingInt(Table::size).thenComparingInt(Table::number));
    }

    public void apply(SessionEvent.TablesArranged e) {
        tables.clear();
        for (SessionEvent.Seating s : e.tables()) tables.add(new Table(s.id(), s.number(), s.seats()));
    }

    public void seat(String participant, String tableId) {
        tables.forEach(t -> t.remove(participant));
        require(tableId).add(participant);
    }

    public void unseat(String participant) {
        tables.forEach(t -> t.remove(participant));
    }
}
