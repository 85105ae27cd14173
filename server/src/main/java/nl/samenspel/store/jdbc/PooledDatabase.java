package nl.samenspel.store.jdbc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * A {@link JdbcDatabase} as both stores build it: writes through one writing thread (group
 * commit), reads on pooled connections on Vert.x worker threads, and a close that finishes the
 * queued writes before any connection goes. Nothing here blocks an event loop.
 */
public abstract class PooledDatabase implements JdbcDatabase {

    /** The one writing thread of a database. */
    public interface Writer {
        /** Queues a write; completes when its commit is durable. */
        <T> Future<T> submit(Work<T> work);

        /** Finishes what is queued, then stops. */
        void close() throws Exception;
    }

    private final Vertx vertx;
    private final Writer writer;
    private final ReaderPool readers;

    protected PooledDatabase(Vertx vertx, Writer writer, ReaderPool readers) {
        this.vertx = vertx;
        this.writer = writer;
        this.readers = readers;
    }

    @Override
    public final <T> Future<T> write(Work<T> work) {
        return writer.submit(work);
    }

    @Override
    public final <T> Future<T> read(Work<T> work) {
        return vertx.executeBlocking(() -> readers.run(work), false);
    }

    @Override
    public final Future<Void> close() {
        return vertx.executeBlocking(() -> {
            writer.close();
            afterWrites();
            readers.close();
            return null;
        });
    }

    /** Runs once the writer has stopped, before the readers close: for a database's own last work. */
    protected void afterWrites() throws Exception {
    }
}
