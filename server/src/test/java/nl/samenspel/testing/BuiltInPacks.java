package nl.samenspel.testing;

import java.util.List;
import java.util.Objects;
import nl.samenspel.Samenspel;
import nl.samenspel.format.Format;

/** The ids of the built-in packs: the one each format plays by default, known from the formats themselves. */
public final class BuiltInPacks {

    private BuiltInPacks() {}

    public static List<String> ids() {
        return Samenspel.formats().all().stream().map(Format::defaultPack).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
