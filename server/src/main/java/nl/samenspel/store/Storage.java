package nl.samenspel.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.function.LongConsumer;
import nl.samenspel.config.Config;
import nl.samenspel.store.jdbc.JdbcContentStore;
import nl.samenspel.store.postgres.PgDatabase;
import nl.samenspel.store.postgres.PgSessionStore;
import nl.samenspel.store.sqlite.SqliteDatabase;
import nl.samenspel.store.sqlite.SqliteSessionStore;

/** The configured store, opened: sessions and content in one database, SQLite or PostgreSQL. */
public record Storage(SessionStore sessions, ContentStore content, String description) {

    /**
     * Opens the store on a worker thread (migrations and the first connection may take a while).
     *
     * @param commitNanos told how long each group commit of PostgreSQL took
     */
    public static Future<Storage> open(Vertx vertx, Config config, LongConsumer commitNanos) {
        return vertx.executeBlocking(() -> {
            if (config.postgresStorage()) {
                PgDatabase db = PgDatabase.open(vertx, config.postgres(), commitNanos);
                return new Storage(new PgSessionStore(db), new JdbcContentStore(db), "PostgreSQL at " + config.postgres().where());
            }
            SqliteDatabase db = SqliteDatabase.open(vertx, config.databaseFile(), config.sqliteSync());
            return new Storage(new SqliteSessionStore(db), new JdbcContentStore(db),
                    "SQLite in " + config.databaseFile().toAbsolutePath());
        });
    }

    /** Closes the one database behind both stores. */
    public Future<Void> close() {
        return sessions.close();
    }
}
