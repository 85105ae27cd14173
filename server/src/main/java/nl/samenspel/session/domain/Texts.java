package nl.samenspel.session.domain;

/** Cleaning and checking of what people type. */
public final class Texts {

    private Texts() {}

    /** Trims, turns control characters into spaces and folds runs of white space. */
    public static String clean(String raw) {
        if (raw == null) return "";
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Like {@link #clean} but keeps line breaks, for notes that have more than one line. */
    public static String cleanMultiline(String raw) {
        if (raw == null) return "";
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            String c = clean(line);
            if (c.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) out.append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            out.append(c);
        }
        return out.toString();
    }

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** A required text: cleaned, not empty, within its limit. */
    public static String required(String field, String raw, int limit, boolean multiline) {
        String cleaned = multiline ? cleanMultiline(raw) : clean(raw);
        if (cleaned.isEmpty()) throw Rejection.invalid(field, field + " is empty");
        if (length(cleaned) > limit) throw Rejection.tooLong(field, limit);
        return cleaned;
    }

    /** An optional text: null or blank becomes null. */
    public static String optional(String field, String raw, int limit) {
        String cleaned = clean(raw);
        if (cleaned.isEmpty()) return null;
        if (length(cleaned) > limit) throw Rejection.tooLong(field, limit);
        return cleaned;
    }
}
