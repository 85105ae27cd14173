package nl.samenspel.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown the reports write (headings, paragraphs, quotes, bullet and numbered lists one
 * level deep, tables, bold, italics, backslash escapes) as XHTML for the PDF and the print view.
 * Not a general Markdown parser: it reads what {@link MarkdownReport} and the formats produce.
 * Every text is escaped, so a participant's note can never become markup.
 */
public final class MarkdownHtml {

    private static final Pattern HEADING = Pattern.compile("^(#{1,4}) (.*)$");
    private static final Pattern ITEM = Pattern.compile("^( *)(- |\\d+\\. )(.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\|(\\s*:?-+:?\\s*\\|)+\\s*$");

    private MarkdownHtml() {}

    /** The body's content: block elements only. */
    public static String body(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() * 2);
        List<String> lines = List.of(markdown.split("\n", -1));
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                int level = heading.group(1).length();
                out.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h").append(level).append(">\n");
                i++;
            } else if (line.startsWith("> ")) {
                out.append("<blockquote><p>").append(inline(line.substring(2))).append("</p></blockquote>\n");
                i++;
            } else if (line.startsWith("|")) {
                i = table(lines, i, out);
            } else if (ITEM.matcher(line).matches()) {
                i = list(lines, i, out);
            } else {
                StringBuilder para = new StringBuilder();
                while (i < lines.size() && !lines.get(i).isBlank() && !HEADING.matcher(lines.get(i)).matches()
                        && !lines.get(i).startsWith("|") && !ITEM.matcher(lines.get(i)).matches()) {
                    if (para.length() > 0) para.append(lines.get(i - 1).endsWith("  ") ? "<br/>" : " ");
                    para.append(inline(lines.get(i).strip()));
                    i++;
                }
                out.append("<p>").append(para).append("</p>\n");
            }
        }
        return out.toString();
    }

    /** A whole XHTML document around {@link #body}, with this stylesheet. */
    public static String document(String title, String lang, String css, String markdown) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + escape(lang) + "\"><head><meta charset=\"utf-8\"/><title>"
                + escape(title) + "</title><style>" + css + "</style></head><body>" + body(markdown) + "</body></html>";
    }

    private static int table(List<String> lines, int i, StringBuilder out) {
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        while (i < lines.size() && lines.get(i).startsWith("|")) {
            String line = lines.get(i++);
            if (SEPARATOR.matcher(line).matches()) {
                for (String c : cells(line)) right.add(c.strip().endsWith(":"));
                continue;
            }
            rows.add(cells(line));
        }
        out.append("<table>");
        for (int r = 0; r < rows.size(); r++) {
            String tag = r == 0 ? "th" : "td";
            if (r == 0) out.append("<thead>");
            if (r == 1) out.append("<tbody>");
            out.append("<tr>");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                boolean num = c < right.size() && right.get(c);
                out.append('<').append(tag).append(num ? " class=\"num\"" : "").append('>')
                        .append(inline(row.get(c).strip())).append("</").append(tag).append('>');
            }
            out.append("</tr>");
            if (r == 0) out.append("</thead>");
        }
        if (rows.size() > 1) out.append("</tbody>");
        out.append("</table>\n");
        return i;
    }

    /** The cells of a table row: split at pipes that are not escaped. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        for (int k = 0; k < inner.length(); k++) {
            char ch = inner.charAt(k);
            if (ch == '\\' && k + 1 < inner.length()) {
                cell.append(ch).append(inner.charAt(++k));
            } else if (ch == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static int list(List<String> lines, int i, StringBuilder out) {
        Matcher first = ITEM.matcher(lines.get(i));
        first.matches();
        boolean ordered = !first.group(2).startsWith("-");
        out.append(ordered ? "<ol>" : "<ul>");
        boolean open = false;
        boolean nested = false;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m = ITEM.matcher(line);
            if (m.matches() && m.group(1).isEmpty()) {
                if (nested) out.append("</ul>");
                if (open) out.append("</li>");
                nested = false;
                out.append("<li>").append(inline(m.group(3)));
                open = true;
            } else if (m.matches()) {
                if (!nested) out.append("<ul>");
                nested = true;
                out.append("<li>").append(inline(m.group(3))).append("</li>");
            } else if (!line.isBlank() && line.startsWith("  ") && open) {
                out.append("<br/>").append(inline(line.strip()));
            } else {
                break;
            }
            i++;
        }
        if (nested) out.append("</ul>");
        if (open) out.append("</li>");
        out.append(ordered ? "</ol>\n" : "</ul>\n");
        return i;
    }

    /** Bold, italics and escapes within a line; everything else is text. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean bold = false;
        boolean italic = false;
        String body = text.endsWith("  ") ? text.stripTrailing() : text;
        for (int k = 0; k < body.length(); k++) {
            char ch = body.charAt(k);
            if (ch == '\\' && k + 1 < body.length()) {
                out.append(escape(String.valueOf(body.charAt(++k))));
            } else if (ch == '*' && k + 1 < body.length() && body.charAt(k + 1) == '*') {
                out.append(bold ? "</strong>" : "<strong>");
                bold = !bold;
                k++;
            } else if (ch == '*') {
                out.append(italic ? "</em>" : "<em>");
                italic = !italic;
            } else {
                int cp = body.codePointAt(k);
                out.append(escape(new String(Character.toChars(cp))));
                k += Character.charCount(cp) - 1;
            }
        }
        if (italic) out.append("</em>");
        if (bold) out.append("</strong>");
        return out.toString();
    }

    /** Text as XHTML: markup characters escaped, characters XML cannot hold dropped. */
    public static String escape(String raw) {
        if (raw == null) return "";
        StringBuilder out = new StringBuilder(raw.length() + 16);
        raw.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp == '\n' || cp == '\t' || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF)) out.appendCodePoint(cp);
                }
            }
        });
        return out.toString();
    }
}
