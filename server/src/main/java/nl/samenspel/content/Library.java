package nl.samenspel.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import nl.samenspel.store.ContentStore;

/**
 * The trainers' side of content: import, save, remove and export packs. Every change is
 * checked first and refused whole, with every problem named, when it does not pass; what
 * passes is stored durably before it is used. A pack travels as one canonical JSON file, so
 * exporting, importing elsewhere and exporting again gives the same bytes.
 */
public final class Library {

    private static final Logger LOG = Logger.getLogger(Library.class.getName());

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Saved(Outcome outcome, ContentPack pack, List<ContentError> warnings) {}

    /** The same id and version with other content: an import must not silently overwrite it. */
    public static final class VersionConflict extends RuntimeException {
        public VersionConflict(String id, String version) {
            super("pack '" + id + "' version " + version + " is here already with other content; raise the version", null, false, false);
        }
    }

    private final ContentLibrary content;
    private final ContentStore store;
    private final ObjectMapper mapper;
    private final LongSupplier clock;

    public Library(ContentLibrary content, ContentStore store, ObjectMapper mapper, LongSupplier clock) {
        this.content = content;
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
    }

    public ContentLibrary content() {
        return content;
    }

    /** Loads the organisation's packs from the store; a pack that no longer passes is reported and skipped. */
    public Future<Void> loadOrganisationPacks() {
        return store.packs().map(stored -> {
            List<RawPack> raws = new ArrayList<>();
            for (ContentStore.StoredPack p : stored) {
                try {
                    raws.add(content.files().parse(p.id() + ".json", p.body()));
                } catch (PackException e) {
                    LOG.warning("stored pack " + p.id() + " cannot be read: " + e.getMessage());
                }
            }
            content.addAll(raws, false);
            return null;
        });
    }

    /**
     * Imports a pack file (JSON or YAML). The same id and version again changes nothing; the
     * same id and version with other content is a {@link VersionConflict}; a pack with problems
     * fails with a {@link PackException} listing them all.
     */
    public Future<Saved> importPack(String fileName, String text) {
        return save(fileName, text, false);
    }

    /** Saves a trainer's pack from the editor: replaces the stored one whatever its version. */
    public Future<Saved> savePack(String id, String text) {
        return save(id + ".json", text, true).compose(saved -> saved.pack().id().equals(id)
                ? Future.succeededFuture(saved)
                : Future.failedFuture(new PackException(ContentError.of(id, null, "id", "the pack's id must be '" + id + "'"))));
    }

    private Future<Saved> save(String fileName, String text, boolean replace) {
        RawPack raw;
        List<ContentError> problems;
        try {
            raw = content.files().parse(fileName, text);
            problems = content.check(raw);
        } catch (PackException e) {
            return Future.failedFuture(e);
        }
        List<ContentError> blocking = problems.stream().filter(ContentError::blocking).toList();
        if (!blocking.isEmpty()) return Future.failedFuture(new PackException(blocking));
        List<ContentError> warnings = problems.stream().filter(p -> !p.blocking()).toList();
        String canonical = canonical(raw.json());
        Optional<RawPack> existing = content.written(raw.id());
        boolean same = existing.isPresent() && raw.json().equals(existing.get().json());
        if (existing.isPresent()) {
            // Unchanged content is not written again, unless it is stored in the flat layout: saving it writes it nested.
            if (same && !existing.get().migrated()) {
                return Future.succeededFuture(new Saved(Outcome.UNCHANGED, content.pack(raw.id()).orElseThrow(), warnings));
            }
            boolean sameVersion = raw.version().equals(existing.get().version());
            if (!same && sameVersion && !replace) return Future.failedFuture(new VersionConflict(raw.id(), raw.version()));
        }
        Outcome outcome = existing.isEmpty() ? Outcome.CREATED : same ? Outcome.UNCHANGED : Outcome.UPDATED;
        RawPack stored = new RawPack(raw.id() + ".json", raw.json(), null);
        return store.save(new ContentStore.StoredPack(raw.id(), raw.version(), canonical, clock.getAsLong()))
                .map(v -> {
                    ContentPack pack = content.add(stored, false);
                    LOG.info("content pack " + raw.id() + " " + raw.version() + " " + outcome.name().toLowerCase());
                    return new Saved(outcome, pack, warnings);
                });
    }

    /** Removes an organisation pack (refused for built-in packs and for packs others build on). */
    public Future<Void> remove(String id) {
        try {
            if (content.written(id).isEmpty()) return Future.failedFuture(new PackException(ContentError.of(id, null, null, "no such pack")));
            content.remove(id);
        } catch (PackException e) {
            return Future.failedFuture(e);
        }
        return store.delete(id);
    }

    /** The pack as one file, as its author wrote it (a copy-on-write pack without its base), in the nested layout. */
    public Optional<String> export(String id) {
        return content.written(id).map(raw -> canonical(raw.json()));
    }

    private String canonical(ObjectNode json) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
