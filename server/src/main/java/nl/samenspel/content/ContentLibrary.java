package nl.samenspel.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The content packs this server knows: the built-in ones (from {@code content/} on the class
 * path, read-only) and the organisation's own (made or imported by trainers, kept in the
 * store). A pack is checked before it is added; a broken one is reported and skipped, never
 * stopping the server. Safe to use from any thread.
 */
public final class ContentLibrary {

    private static final Logger LOG = Logger.getLogger(ContentLibrary.class.getName());

    private record Entry(RawPack raw, boolean builtIn) {}

    private final ObjectMapper mapper;
    private final PackFiles files;
    private final PackChecker checker;
    private final Map<String, Entry> written = new ConcurrentHashMap<>();
    private final Map<String, ContentPack> resolved = new ConcurrentHashMap<>();
    /** Packs that could not be loaded. */
    private final List<ContentError> skipped = new CopyOnWriteArrayList<>();
    /** Each loaded pack's texts without English, replaced when the pack is saved again. */
    private final Map<String, List<ContentError>> warnings = new ConcurrentHashMap<>();
    /** Each loaded pack that was written in the flat layout: the note for {@code --check-content}. */
    private final Map<String, String> flat = new ConcurrentHashMap<>();

    public ContentLibrary(ObjectMapper mapper, PackChecker checker) {
        this.mapper = mapper;
        this.files = new PackFiles(mapper);
        this.checker = checker;
    }

    public PackFiles files() {
        return files;
    }

    /** Loads every pack in the class path folder {@code content/}: files and folders. */
    public ContentLibrary loadBuiltIn() {
        URL url = ContentLibrary.class.getClassLoader().getResource("content");
        if (url == null) return this;
        try {
            if (!"jar".equals(url.getProtocol())) return loadBuiltIn(Path.of(url.toURI()));
            // A zip file system of our own, closed once read: the jar's index (some 23,000 entries) is
            // not kept for the life of the process, and no other code's file system is touched.
            JarURLConnection inJar = (JarURLConnection) url.openConnection();
            try (FileSystem jar = FileSystems.newFileSystem(Path.of(inJar.getJarFileURL().toURI()))) {
                return loadBuiltIn(jar.getPath(inJar.getEntryName()));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the built-in content at " + url, e);
        }
    }

    /**
     * Loads every pack in {@code folder} (files and folders) as built-in packs; a pack that cannot
     * be read or does not pass its checks is reported and skipped.
     */
    public ContentLibrary loadBuiltIn(Path folder) {
        List<RawPack> raws = new ArrayList<>();
        for (Path entry : entries(folder)) {
            if (!Files.isDirectory(entry) && !PackFiles.isPackFile(entry)) continue;
            try {
                raws.add(files.read(entry));
            } catch (PackException e) {
                skip(e.errors());
            }
        }
        addAll(raws, true);
        return this;
    }

    /**
     * Adds packs, each after its base (so packs may build on one another in any file order);
     * a pack that fails its checks is reported and skipped.
     */
    public void addAll(List<RawPack> raws, boolean builtIn) {
        List<RawPack> waiting = new ArrayList<>(raws);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (RawPack raw : List.copyOf(waiting)) {
                String base = raw.json().path("base").asText(null);
                if (base != null && !written.containsKey(base) && waiting.stream().anyMatch(w -> base.equals(w.id()))) continue;
                waiting.remove(raw);
                progress = true;
                try {
                    add(raw, builtIn);
                } catch (PackException e) {
                    skip(e.errors());
                } catch (RuntimeException e) {
                    // Whatever goes wrong with one pack, the others load and the server starts.
                    skip(List.of(ContentError.of(raw.source(), null, null, "cannot be used: " + e)));
                }
            }
        }
        for (RawPack raw : waiting) {
            skip(List.of(ContentError.of(raw.source(), null, "base", "the packs' bases form a circle")));
        }
    }

    private void skip(List<ContentError> errors) {
        skipped.addAll(errors);
        LOG.warning("content pack skipped: " + errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
    }

    /** Every problem of an organisation's pack (an import, an edit): blocking ones first, then missing translations. Adds nothing. */
    public List<ContentError> check(RawPack raw) {
        return check(raw, false);
    }

    private List<ContentError> check(RawPack raw, boolean builtIn) {
        List<ContentError> errors = new ArrayList<>(checker.checkWritten(raw, id -> pack(id).orElse(null)));
        if (errors.stream().noneMatch(ContentError::blocking)) {
            if (!builtIn && builtIn(raw.id())) {
                errors.add(ContentError.of(raw.source(), null, "id",
                        "'" + raw.id() + "' is a built-in pack; build on it with \"base\" instead"));
            } else {
                errors.addAll(checker.checkResolved(resolve(raw, builtIn), raw));
            }
        }
        errors.addAll(checker.missingEnglish(raw));
        return errors;
    }

    /** Checks and adds a pack (replacing an earlier version of the same id); throws {@link PackException} when it does not pass. */
    public ContentPack add(RawPack raw, boolean builtIn) {
        List<ContentError> errors = check(raw, builtIn);
        List<ContentError> blocking = errors.stream().filter(ContentError::blocking).toList();
        if (!blocking.isEmpty()) throw new PackException(blocking);
        written.put(raw.id(), new Entry(raw, builtIn));
        resolved.clear();
        warnings.put(raw.id(), errors);
        if (raw.migrated()) flat.put(raw.id(), FlatPackMigration.note(raw));
        else flat.remove(raw.id());
        return pack(raw.id()).orElseThrow();
    }

    /** Takes out an organisation pack; refused while another pack builds on it. */
    public void remove(String id) {
        Entry entry = written.get(id);
        if (entry == null) return;
        if (entry.builtIn()) throw new PackException(ContentError.of(id, null, null, "a built-in pack cannot be removed"));
        List<String> dependants = written.values().stream().map(Entry::raw)
                .filter(r -> id.equals(r.json().path("base").asText(null))).map(RawPack::id).toList();
        if (!dependants.isEmpty()) {
            throw new PackException(ContentError.of(id, null, null, "packs " + dependants + " build on this pack"));
        }
        written.remove(id);
        warnings.remove(id);
        flat.remove(id);
        resolved.clear();
    }

    public Optional<ContentPack> pack(String id) {
        if (id == null) return Optional.empty();
        ContentPack cached = resolved.get(id);
        if (cached != null) return Optional.of(cached);
        Entry entry = written.get(id);
        if (entry == null) return Optional.empty();
        ContentPack pack = resolve(entry.raw(), entry.builtIn());
        resolved.put(id, pack);
        return Optional.of(pack);
    }

    /** The pack as its author wrote it (without what its base adds), for export. */
    public Optional<RawPack> written(String id) {
        Entry entry = written.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.raw());
    }

    public boolean builtIn(String id) {
        Entry entry = written.get(id);
        return entry != null && entry.builtIn();
    }

    public Collection<ContentPack> all() {
        return written.keySet().stream().sorted(Comparator.comparing((String id) -> !builtIn(id)).thenComparing(id -> id))
                .map(id -> pack(id).orElseThrow()).toList();
    }

    /** Packs that were skipped, and texts without English. */
    public List<ContentError> problems() {
        List<ContentError> all = new ArrayList<>(skipped);
        written.keySet().stream().sorted().forEach(id -> all.addAll(warnings.getOrDefault(id, List.of())));
        return all;
    }

    /** A note for each loaded pack that was written in the flat layout and is read as nested. */
    public List<String> migrated() {
        return flat.keySet().stream().sorted().map(flat::get).toList();
    }

    private ContentPack resolve(RawPack raw, boolean builtIn) {
        String base = raw.json().path("base").asText(null);
        ObjectNode json = base == null ? raw.json().deepCopy() : PackMerge.onto(pack(base).orElseThrow().raw(), raw.json());
        for (String manifest : List.of("id", "title", "version", "languages", "author", "licence", "description")) {
            if (!raw.json().has(manifest)) json.remove(manifest);
            else json.set(manifest, raw.json().get(manifest));
        }
        if (base != null) json.put("base", base);
        try {
            ContentPack p = mapper.treeToValue(json, ContentPack.class);
            return new ContentPack(p.id(), p.title(), p.version(), p.languages(), p.author(), p.licence(), base,
                    p.roleSets(), json, builtIn);
        } catch (JsonProcessingException e) {
            throw new PackException(ContentError.of(raw.source(), null, null, "cannot be read: " + e.getOriginalMessage()));
        }
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the content folder " + folder, e);
        }
    }
}
