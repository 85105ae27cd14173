package nl.samenspel.session.domain.board;

/** A sticky note on a flip-over. {@code author} is a participant id or {@code facilitator}. */
public final class Note {

    public static final String FACILITATOR = "facilitator";

    private String id;
    private String column;
    private String text;
    private String color;
    private String author;
    private long createdAt;
    private long editedAt;
    private double order;
    private String group;
    private boolean highlighted;

    private Note() {
    }

    Note(String id, String column, String text, String color, String author, long createdAt, double order) {
        this.id = id;
        this.column = column;
        this.text = text;
        this.color = color;
        this.author = author;
        this.createdAt = createdAt;
        this.editedAt = createdAt;
        this.order = order;
    }

    public String id() { return id; }

    public String column() { return column; }

    public String text() { return text; }

    public String color() { return color; }

    public String author() { return author; }

    public long createdAt() { return createdAt; }

    public long editedAt() { return editedAt; }

    public double order() { return order; }

    public String group() { return group; }

    public boolean highlighted() { return highlighted; }

    void edit(String text, String color, long at) {
        this.text = text;
        this.color = color;
        this.editedAt = at;
    }

    void move(String column, double order) {
        this.column = column;
        this.order = order;
    }

    void group(String group) {
        this.group = group;
    }

    void highlight(boolean on) {
        this.highlighted = on;
    }
}
