package nl.samenspel.store.jdbc;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database reached through JDBC, as both stores are: reads on pooled reader connections,
 * writes as part of one group commit on the single writer. The SQL the two databases share is
 * written once against this ({@link JdbcContentStore}, {@link JournalQueries}).
 */
public interface JdbcDatabase {

    /** Work with a connection, on a worker thread; a write runs inside the group's transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> Future<T> read(Work<T> work);

    /** Completes when the write is durable. */
    <T> Future<T> write(Work<T> work);

    /** Finishes the queued writes, then closes every connection. */
    Future<Void> close();
}
