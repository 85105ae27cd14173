package nl.samenspel.format;

import io.vertx.core.json.JsonObject;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.samenspel.content.ContentPack;

/** The start page's set-up offer of a format that plays only from its own sections of a pack. */
public final class Offer {

    private Offer() {}

    /**
     * Unavailable for a pack without the format's sections, unavailable with the fault (its path
     * first) for one whose sections do not read, and otherwise available with what {@code offer}
     * makes of the sections read.
     */
    public static <C> JsonObject of(ContentPack pack, Predicate<ContentPack> offeredBy, Function<ContentPack, C> read,
                                    Function<C, JsonObject> offer) {
        if (!offeredBy.test(pack)) return new JsonObject().put("available", false);
        C content;
        try {
            content = read.apply(pack);
        } catch (IllegalArgumentException broken) {
            return new JsonObject().put("available", false).put("error", broken.getMessage());
        }
        return new JsonObject().put("available", true).mergeIn(offer.apply(content));
    }
}
