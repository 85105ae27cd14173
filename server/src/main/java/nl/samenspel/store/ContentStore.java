package nl.samenspel.store;

import io.vertx.core.Future;
import java.util.List;

/**
 * The organisation's own content packs (trainers' copies, templates, imports), kept with the
 * sessions so they survive restarts and travel with backups. A pack is stored as the canonical
 * JSON it exports to.
 */
public interface ContentStore {

    record StoredPack(String id, String version, String body, long updatedAt) {}

    Future<List<StoredPack>> packs();

    /** Stores a pack, replacing an earlier version with the same id. */
    Future<Void> save(StoredPack pack);

    Future<Void> delete(String id);
}
