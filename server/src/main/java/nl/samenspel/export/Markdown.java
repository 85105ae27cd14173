package nl.samenspel.export;

import io.vertx.core.json.JsonObject;

/** Small helpers for writing Markdown from report data. */
public final class Markdown {

    private Markdown() {}

    /** A localised text from report data: {@code {nl, en}}, English falling back to Dutch. */
    public static String text(Object localised, String language) {
        if (localised instanceof JsonObject t) {
            String en = t.getString("en");
            return "en".equals(language) && en != null && !en.isBlank() ? en : t.getString("nl", "");
        }
        return localised == null ? "" : localised.toString();
    }

    /** Text as it should stand in Markdown: characters with a meaning there are escaped, lines kept. */
    public static String escape(String text) {
        if (text == null) return "";
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace("\n", "  \n");
    }

    /** Text for one cell of a Markdown table: on one line. */
    public static String cell(String text) {
        return escape(text).replace("  \n", " ");
    }

    public static String pick(String language, String nl, String en) {
        return "en".equals(language) ? en : nl;
    }
}
