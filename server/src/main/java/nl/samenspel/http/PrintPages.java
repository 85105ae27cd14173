package nl.samenspel.http;

import java.util.regex.Pattern;

/**
 * The print views print.html can start (see web/js/print.js): the full report of any session,
 * and a format's own view where its folder has one ({@code web/js/formats/<id>/print.js}).
 */
final class PrintPages {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private PrintPages() {
    }

    /** @param page the last part of the path, as {@code report.html} */
    static boolean exists(String page) {
        if (!page.endsWith(".html")) return false;
        String name = page.substring(0, page.length() - ".html".length());
        if (!NAME.matcher(name).matches()) return false;
        // Looked up each time, not cached: print pages are opened rarely, and a cache of every name asked for would grow.
        return name.equals("report") || PrintPages.class.getClassLoader().getResource("web/js/formats/" + name + "/print.js") != null;
    }
}
