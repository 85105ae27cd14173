package nl.samenspel.session.domain;

/**
 * Someone who joined with a first name. Nothing else personal is kept: the resume token is
 * stored as a hash only.
 */
public final class Participant {

    private String id;
    private String name;
    private String label;
    private String tokenHash;
    private long joinedAt;
    private String table;
    private boolean removed;

    private Participant() {
    }

    Participant(String id, String name, String label, String tokenHash, long joinedAt) {
        this.id = id;
        this.name = name;
        this.label = label;
        this.tokenHash = tokenHash;
        this.joinedAt = joinedAt;
    }

    public String id() { return id; }

    public String name() { return name; }

    /** The name as shown: the first name, with a number when two people share it. */
    public String label() { return label; }

    public String tokenHash() { return tokenHash; }

    public long joinedAt() { return joinedAt; }

    /** The table this person sits at, or null before the tables are made. */
    public String table() { return table; }

    public boolean removed() { return removed; }

    void seatAt(String tableId) {
        this.table = tableId;
    }

    void remove() {
        this.removed = true;
        this.table = null;
    }
}
