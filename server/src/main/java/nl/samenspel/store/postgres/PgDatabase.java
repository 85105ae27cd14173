package nl.samenspel.store.postgres;

import io.vertx.core.Vertx;
import nl.samenspel.store.jdbc.PooledDatabase;
import nl.samenspel.store.jdbc.ReaderPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.LongConsumer;
import nl.samenspel.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The PostgreSQL database behind the session journal and the content library. Built like the
 * SQLite store: all writes through one {@link PgWriter} (group commit), reads on pooled
 * connections on Vert.x worker threads.
 */
public final class PgDatabase extends PooledDatabase {

    private static final int READERS = 4;
    private static final String MIGRATIONS = "classpath:db/postgres";

    private PgDatabase(Vertx vertx, Config.Postgres where, PgWriter writer) {
        super(vertx, writer, new ReaderPool(READERS, () -> connect(where), PgWriter::lost));
    }

    /**
     * Connects, brings the schema up to date and starts the writer. Blocking: call it off the event loop.
     *
     * @param commitNanos told how long each group commit took (for the metrics)
     * @throws IllegalStateException with a message naming host and database (never the password)
     *                               when the database cannot be reached or its schema is newer than this code
     */
    public static PgDatabase open(Vertx vertx, Config.Postgres where, LongConsumer commitNanos) {
        Connection first;
        try {
            first = connect(where);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + where.where() + " as user " + where.user()
                    + ": " + e.getMessage(), e);
        }
        try {
            migrate(where);
            return new PgDatabase(vertx, where, new PgWriter(() -> connect(where), first, commitNanos));
        } catch (SQLException | RuntimeException e) {
            try {
                first.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is the one to report.
            }
            if (e instanceof IllegalStateException ise) throw ise;
            throw new IllegalStateException("cannot prepare PostgreSQL at " + where.where() + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(Config.Postgres where) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", where.user());
        if (where.password() != null) p.setProperty("password", where.password());
        p.setProperty("ApplicationName", "samenspel");
        p.setProperty("connectTimeout", "5");
        // A vanished server (no RST) must not hang a writer forever; no statement of ours takes this long.
        p.setProperty("socketTimeout", "30");
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(where.jdbcUrl(), p);
    }

    /** Applies the numbered migrations; a schema from a newer Samenspel is left alone and refused. */
    private static void migrate(Config.Postgres where) {
        Flyway flyway = Flyway.configure(PgDatabase.class.getClassLoader())
                .dataSource(where.jdbcUrl(), where.user(), where.password())
                .locations(MIGRATIONS)
                .table("samenspel_schema_history")
                .connectRetries(0)
                .load();
        try {
            for (MigrationInfo m : flyway.info().applied()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new IllegalStateException("the PostgreSQL schema at " + where.where() + " is at version "
                            + m.getVersion() + ", newer than this Samenspel knows (" + newestKnown(flyway)
                            + "): start the newer Samenspel, or restore a backup of the database from before the upgrade");
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("cannot migrate the schema of PostgreSQL at " + where.where() + ": " + e.getMessage(), e);
        }
    }

    private static String newestKnown(Flyway flyway) {
        String newest = "none";
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED
                    && m.getVersion() != null) {
                newest = m.getVersion().getVersion();
            }
        }
        return newest;
    }
}
