package nl.samenspel.format.spearheads;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.samenspel.export.Markdown;
import nl.samenspel.export.MarkdownReport;

/** The words and dates the exports use, Dutch first, English on request. */
final class Labels {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(MarkdownReport.ZONE);
    static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(MarkdownReport.ZONE);

    private Labels() {}

    static String status(String status, String lang) {
        if (status == null) return "";
        return switch (status) {
            case Action.OPEN -> pick(lang, "open", "open");
            case Action.IN_PROGRESS -> pick(lang, "bezig", "in progress");
            case Action.DONE -> pick(lang, "gereed", "done");
            default -> status;
        };
    }

    static String review(String status, String lang) {
        if (status == null) return pick(lang, "nog niet besproken", "not discussed yet");
        return switch (status) {
            case SpearheadsRules.DONE -> pick(lang, "gedaan", "done");
            case SpearheadsRules.IN_PROGRESS -> pick(lang, "bezig", "in progress");
            case SpearheadsRules.STOPPED -> pick(lang, "gestopt", "stopped");
            case SpearheadsRules.CARRIED_OVER -> pick(lang, "doorgeschoven", "carried over");
            default -> status;
        };
    }

    static String pick(String lang, String nl, String en) {
        return Markdown.pick(lang, nl, en);
    }

    static String text(Object localised, String lang) {
        return Markdown.text(localised, lang);
    }

    /** dd-mm-jjjj of a moment (epoch ms), in the Netherlands' time zone. */
    static String date(long epochMillis) {
        return DATE.format(Instant.ofEpochMilli(epochMillis));
    }

    static String isoDate(long epochMillis) {
        return ISO_DATE.format(Instant.ofEpochMilli(epochMillis));
    }

    /** One decimal with a comma, as Dutch readers expect ("3,4"); a point in English. */
    static String decimal(Object value, String lang) {
        if (!(value instanceof Number n)) return "–";
        String s = String.format(java.util.Locale.ROOT, "%.1f", n.doubleValue());
        return "en".equals(lang) ? s : s.replace('.', ',');
    }

    static String who(JsonObject action) {
        String who = action.getString("who");
        return who == null ? "" : who;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
