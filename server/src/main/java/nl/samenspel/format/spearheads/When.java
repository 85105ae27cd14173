package nl.samenspel.format.spearheads;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an action is due: a day ({@code 2026-12-01}) or an ISO week ({@code 2026-W49}). Stored and
 * sent in these ISO forms; shown the Dutch way ({@code 01-12-2026}, {@code week 49 (2026)}).
 */
public final class When {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    public static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private When() {}

    /** True for a valid day or week between 2000 and 2099. */
    public static boolean valid(String raw) {
        if (raw == null) return false;
        try {
            Matcher d = DATE.matcher(raw);
            if (d.matches()) {
                LocalDate date = LocalDate.parse(raw);
                return date.getYear() >= 2000 && date.getYear() <= 2099;
            }
            Matcher w = WEEK.matcher(raw);
            if (w.matches()) {
                int year = Integer.parseInt(w.group(1));
                int week = Integer.parseInt(w.group(2));
                return year >= 2000 && year <= 2099 && week >= 1 && week <= weeksIn(year);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
        return false;
    }

    public static boolean isDate(String raw) {
        return raw != null && DATE.matcher(raw).matches();
    }

    public static boolean isWeek(String raw) {
        return raw != null && WEEK.matcher(raw).matches();
    }

    /** {@code 01-12-2026} for a day; empty for a week or nothing. */
    public static String dutchDate(String raw) {
        return isDate(raw) ? LocalDate.parse(raw).format(DUTCH_DATE) : "";
    }

    /** The ISO week number (of the week itself, or of the day), 0 when there is none. */
    public static int weekNumber(String raw) {
        if (isWeek(raw)) return Integer.parseInt(raw.substring(6));
        if (isDate(raw)) return LocalDate.parse(raw).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return 0;
    }

    public static int weekYear(String raw) {
        if (isWeek(raw)) return Integer.parseInt(raw.substring(0, 4));
        if (isDate(raw)) return LocalDate.parse(raw).get(IsoFields.WEEK_BASED_YEAR);
        return 0;
    }

    /** As people read it: {@code 01-12-2026} or {@code week 49 (2026)}; empty when not set. */
    public static String label(String raw, String language) {
        if (isDate(raw)) return dutchDate(raw);
        if (isWeek(raw)) return "week " + weekNumber(raw) + " (" + weekYear(raw) + ")";
        return "";
    }

    /** 28 December always lies in a year's last ISO week. */
    private static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
