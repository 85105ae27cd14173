package nl.samenspel.store.jdbc;

import io.vertx.core.Future;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.store.ContentStore;

/** The organisation's content packs, in SQLite or in PostgreSQL (the same SQL serves both). */
public final class JdbcContentStore implements ContentStore {

    private final JdbcDatabase db;

    public JdbcContentStore(JdbcDatabase db) {
        this.db = db;
    }

    @Override
    public Future<List<StoredPack>> packs() {
        return db.read(c -> {
            List<StoredPack> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, version, body, updated_at FROM packs ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new StoredPack(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
            return out;
        });
    }

    @Override
    public Future<Void> save(StoredPack pack) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO packs(id, version, body, updated_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (id) DO UPDATE SET version = excluded.version, body = excluded.body, "
                            + "updated_at = excluded.updated_at")) {
                st.setString(1, pack.id());
                st.setString(2, pack.version());
                st.setString(3, pack.body());
                st.setLong(4, pack.updatedAt());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Void> delete(String id) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM packs WHERE id = ?")) {
                st.setString(1, id);
                st.executeUpdate();
            }
            return null;
        });
    }
}
