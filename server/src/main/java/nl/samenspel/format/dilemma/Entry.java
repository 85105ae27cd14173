package nl.samenspel.format.dilemma;

import java.util.ArrayList;
import java.util.List;

/**
 * What one participant put in during one round: the values they named (from the list, and
 * their own words), a short note, their choice and its reason. Visible to their table and
 * the facilitator.
 */
public final class Entry {

    private String participant;
    private String table;
    private final List<String> values = new ArrayList<>();
    private final List<String> other = new ArrayList<>();
    private String note;
    private String choice;
    private String reason;

    private Entry() {
    }

    Entry(String participant) {
        this.participant = participant;
    }

    public String participant() { return participant; }

    /** The table the participant stood at when they last put something in. */
    public String table() { return table; }

    /** Ids of values from the list. */
    public List<String> values() { return List.copyOf(values); }

    /** Values in the participant's own words. */
    public List<String> other() { return List.copyOf(other); }

    public String note() { return note; }

    /** {@code a}, {@code b}, {@code middle}, or null before choosing. */
    public String choice() { return choice; }

    public String reason() { return reason; }

    public boolean named() { return !values.isEmpty() || !other.isEmpty(); }

    void name(String table, List<String> values, List<String> other, String note) {
        this.table = table;
        this.values.clear();
        this.values.addAll(values);
        this.other.clear();
        this.other.addAll(other);
        this.note = note;
    }

    void choose(String table, String choice, String reason) {
        this.table = table;
        this.choice = choice;
        this.reason = reason;
    }
}
