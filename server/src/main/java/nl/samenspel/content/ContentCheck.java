package nl.samenspel.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar samenspel.jar --check-content[=path]}: checks the built-in packs, the
 * organisation's stored packs and, if given, a pack file or folder a trainer wants to import.
 * Lists every problem, every text without English (those fall back to Dutch) and every pack
 * written in the old flat layout (read as nested; saving it again writes it nested). Exits with
 * 1 when any pack cannot be used, else 0.
 */
public final class ContentCheck {

    private ContentCheck() {}

    public static int run(ContentLibrary library, Path extra, PrintStream out) {
        List<ContentError> problems = new ArrayList<>(library.problems());
        List<String> migrated = new ArrayList<>(library.migrated());
        if (extra != null) {
            if (!Files.exists(extra)) {
                out.println("Not found: " + extra);
                return 1;
            }
            try {
                RawPack raw = library.files().read(extra);
                if (raw.migrated()) migrated.add(FlatPackMigration.note(raw));
                problems.addAll(library.check(raw));
            } catch (PackException e) {
                problems.addAll(e.errors());
            }
        }
        List<ContentError> blocking = problems.stream().filter(ContentError::blocking).toList();
        List<ContentError> untranslated = problems.stream().filter(p -> !p.blocking()).toList();
        out.println("Packs loaded: " + library.all().size());
        library.all().forEach(p -> out.println("  " + p.id() + " " + p.version() + (p.builtIn() ? " (built in)" : "")));
        if (!blocking.isEmpty()) {
            out.println("Problems (" + blocking.size() + "):");
            blocking.forEach(p -> out.println("  " + p));
        }
        if (!untranslated.isEmpty()) {
            out.println("Without English, shown in Dutch (" + untranslated.size() + "):");
            untranslated.forEach(p -> out.println("  " + p));
        }
        if (!migrated.isEmpty()) {
            out.println("In the old flat layout (" + migrated.size() + "):");
            migrated.forEach(note -> out.println("  " + note));
        }
        out.println(blocking.isEmpty() ? "Content OK." : "Content has problems.");
        return blocking.isEmpty() ? 0 : 1;
    }
}
