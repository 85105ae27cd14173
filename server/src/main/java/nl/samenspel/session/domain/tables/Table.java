package nl.samenspel.session.domain.tables;

import java.util.ArrayList;
import java.util.List;

/** A standing table: a number people can find in the room, and who stands there. */
public final class Table {

    private String id;
    private int number;
    private final List<String> seats = new ArrayList<>();

    private Table() {
    }

    Table(String id, int number, List<String> seats) {
        this.id = id;
        this.number = number;
        this.seats.addAll(seats);
    }

    public String id() { return id; }

    public int number() { return number; }

    public List<String> seats() { return List.copyOf(seats); }

    public int size() { return seats.size(); }

    public boolean seats(String participant) { return seats.contains(participant); }

    void add(String participant) {
        if (!seats.contains(participant)) seats.add(participant);
    }

    void remove(String participant) {
        seats.remove(participant);
    }
}
