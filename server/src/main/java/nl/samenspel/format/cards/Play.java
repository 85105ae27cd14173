package nl.samenspel.format.cards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One card drawn at a table: who led it, its countdown, the answers (each visible only to
 * whoever gave it until the reveal; after it only the counts per option), and the insights
 * noted on the flip-over while it was on the table.
 */
public final class Play {

    public static final String OPEN = "open";
    public static final String REVEALED = "revealed";
    public static final String DONE = "done";
    public static final String SKIPPED = "skipped";

    private int number;
    private String card;
    private String type;
    private String lead;
    private String status = OPEN;
    private long drawnAt;
    private long durationMs;
    /** When a running countdown ends; 0 when there is none or it is paused. */
    private long deadline;
    /** Time left while the tables are paused. */
    private long remainingMs;
    /** participant id → option id; never sent to anyone but the participant. */
    private final LinkedHashMap<String, String> answers = new LinkedHashMap<>();
    private LinkedHashMap<String, Integer> counts;
    private int answered;
    private String reason;
    private final List<String> notes = new ArrayList<>();

    private Play() {
    }

    Play(int number, String card, String type, String lead, long drawnAt, long durationMs) {
        this.number = number;
        this.card = card;
        this.type = type;
        this.lead = lead;
        this.drawnAt = drawnAt;
        this.durationMs = durationMs;
        this.deadline = durationMs > 0 ? drawnAt + durationMs : 0;
    }

    public int number() { return number; }

    public String card() { return card; }

    public String type() { return type; }

    /** Who drew the card (null: the facilitator, for a plenary card). */
    public String lead() { return lead; }

    public String status() { return status; }

    /** Still on the table: open, or revealed and being talked about. */
    public boolean current() {
        return OPEN.equals(status) || REVEALED.equals(status);
    }

    /** Open for answers (knowledge and statement cards before the reveal). */
    public boolean answering() {
        return OPEN.equals(status) && Card.answered(type);
    }

    public long drawnAt() { return drawnAt; }

    public long durationMs() { return durationMs; }

    public long deadline() { return deadline; }

    public long remainingMs() { return remainingMs; }

    public boolean timed() { return durationMs > 0; }

    public Map<String, String> answers() { return Map.copyOf(answers); }

    public String answerOf(String participant) { return answers.get(participant); }

    public List<String> answeredBy() { return List.copyOf(answers.keySet()); }

    /** Answers per option after the reveal (in the card's option order), else null. */
    public Map<String, Integer> counts() { return counts == null ? null : new LinkedHashMap<>(counts); }

    public int answered() { return answered; }

    /** Why the answers were revealed: {@code all} answered, {@code time} up, or the {@code lead} chose to. */
    public String reason() { return reason; }

    public List<String> notes() { return List.copyOf(notes); }

    void answer(String participant, String option) {
        answers.put(participant, option);
    }

    void reveal(Map<String, Integer> counts, int answered, String reason) {
        this.status = REVEALED;
        this.counts = new LinkedHashMap<>(counts);
        this.answered = answered;
        this.reason = reason;
        this.deadline = 0;
        this.remainingMs = 0;
    }

    void end(String status) {
        this.status = status;
        this.deadline = 0;
        this.remainingMs = 0;
        if (SKIPPED.equals(status)) answers.clear();
    }

    void lead(String lead) {
        this.lead = lead;
    }

    void note(String note) {
        notes.add(note);
    }

    void pause(long at) {
        if (deadline > 0) {
            remainingMs = Math.max(1, deadline - at);
            deadline = 0;
        }
    }

    void resume(long at) {
        if (remainingMs > 0) {
            deadline = at + remainingMs;
            remainingMs = 0;
        }
    }
}
