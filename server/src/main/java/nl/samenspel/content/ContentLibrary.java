package nl.samenspel.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The content packs this server knows, built in (from {@code content/} on the class path) and added. */
public final class ContentLibrary {

    private static final Logger LOG = Logger.getLogger(ContentLibrary.class.getName());

    private final Map<String, ContentPack> packs = new LinkedHashMap<>();
    private final ObjectMapper mapper;

    public ContentLibrary(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Loads every {@code *.json} pack in the class path folder {@code content/}. A broken pack is reported and skipped. */
    public ContentLibrary loadBuiltIn() {
        for (Path file : classpathFiles("content")) {
            if (!file.getFileName().toString().endsWith(".json")) continue;
            try (InputStream in = Files.newInputStream(file)) {
                add(read(in));
            } catch (IOException | RuntimeException e) {
                LOG.warning("content pack " + file.getFileName() + " skipped: " + e.getMessage());
            }
        }
        return this;
    }

    public ContentPack read(InputStream in) throws IOException {
        ObjectNode raw = (ObjectNode) mapper.readTree(in);
        ContentPack pack = mapper.treeToValue(raw, ContentPack.class);
        pack = new ContentPack(pack.id(), pack.title(), pack.version(), pack.languages(), pack.author(),
                pack.licence(), pack.roleSets(), raw);
        if (pack.id() == null || pack.id().isBlank()) throw new IllegalArgumentException("a pack needs an id");
        return pack;
    }

    public void add(ContentPack pack) {
        packs.put(pack.id(), pack);
    }

    public Optional<ContentPack> pack(String id) {
        return Optional.ofNullable(packs.get(id));
    }

    public Collection<ContentPack> all() {
        return List.copyOf(packs.values());
    }

    private static List<Path> classpathFiles(String folder) {
        try {
            URL url = ContentLibrary.class.getClassLoader().getResource(folder);
            if (url == null) return List.of();
            URI uri = url.toURI();
            Path root;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                root = fs.getPath(folder);
            } else {
                root = Path.of(uri);
            }
            try (Stream<Path> files = Files.list(root)) {
                return new ArrayList<>(files.sorted().toList());
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the built-in content", e);
        }
    }
}
