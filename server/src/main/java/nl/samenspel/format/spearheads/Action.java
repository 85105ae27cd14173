package nl.samenspel.format.spearheads;

import java.util.List;

/**
 * One action of the team's list: what, who (a participant of the session, or a name typed as
 * text), when (a day or a week, see {@link When}), the first step, the spearhead it serves and its
 * status. {@code sourceBoard}/{@code sourceNote} name the sticky note it was made from;
 * {@code carriedFrom} the earlier session's action it continues.
 */
public record Action(String id, String spearhead, String what, String who, String whoText, String when,
                     String firstStep, String status, String sourceBoard, String sourceNote, String carriedFrom) {

    public static final String OPEN = "open";
    public static final String IN_PROGRESS = "in_progress";
    public static final String DONE = "done";
    public static final List<String> STATUSES = List.of(OPEN, IN_PROGRESS, DONE);

    /** The same action with new editable fields; where it came from stays. */
    public Action edited(String spearhead, String what, String who, String whoText, String when, String firstStep,
                         String status) {
        return new Action(id, spearhead, what, who, whoText, when, firstStep, status, sourceBoard, sourceNote, carriedFrom);
    }
}
