package nl.samenspel.format;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.PackChecker;
import nl.samenspel.content.PackSchema;
import nl.samenspel.live.CommandDecoder;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.view.FormatView;
import nl.samenspel.session.journal.EventTypes;

/** The formats this server runs, and what each adds to the journal, the JSON mappers and the protocol. */
public final class Formats {

    private final Map<String, Format> byId = new LinkedHashMap<>();

    public Formats(List<Format> formats) {
        formats.forEach(f -> byId.put(f.id(), f));
    }

    public Collection<Format> all() {
        return byId.values();
    }

    public Format require(String id) {
        Format f = byId.get(id);
        if (f == null) throw new IllegalArgumentException("unknown format '" + id + "'; known: " + byId.keySet());
        return f;
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    public FormatRules rules(String id) {
        return require(id).rules();
    }

    public FormatView view(String id) {
        return require(id).view();
    }

    /** A library of the built-in packs, each checked by the schema and by every format. */
    public ContentLibrary content(ObjectMapper mapper) {
        return library(mapper).loadBuiltIn();
    }

    /** A library whose built-in packs are those in {@code folder} instead of the jar's {@code content/}. */
    public ContentLibrary content(ObjectMapper mapper, Path folder) {
        return library(mapper).loadBuiltIn(folder);
    }

    private ContentLibrary library(ObjectMapper mapper) {
        Map<String, PackChecker.FormatChecks> checks = new LinkedHashMap<>();
        byId.values().forEach(f -> checks.put(f.id(), f::check));
        return new ContentLibrary(mapper, new PackChecker(new PackSchema(mapper), checks));
    }

    public EventTypes eventTypes() {
        EventTypes types = new EventTypes();
        for (Format f : byId.values()) f.events().forEach((name, type) -> types.register(f.id() + "." + name, type));
        return types;
    }

    public List<NamedType> jsonTypes() {
        List<NamedType> types = new ArrayList<>();
        byId.values().forEach(f -> types.addAll(f.types()));
        return types;
    }

    public Map<String, CommandDecoder> commands() {
        Map<String, CommandDecoder> all = new HashMap<>();
        for (Format f : byId.values()) {
            f.commands().forEach((type, decoder) -> {
                if (!type.startsWith(f.id() + ".")) throw new IllegalStateException(type + " must start with " + f.id() + ".");
                all.put(type, decoder);
            });
        }
        return all;
    }
}
