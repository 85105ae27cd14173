package nl.samenspel.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The reader connections of a store, kept for the next read: opened when none is free, closed
 * when the pool is full or when the connection is found lost. Both stores read this way.
 */
public final class ReaderPool {

    /** Opens a reader connection. */
    @FunctionalInterface
    public interface Opener {
        Connection open() throws SQLException;
    }

    /** Whether a failed read lost its connection (so it is not kept). */
    @FunctionalInterface
    public interface Lost {
        boolean lost(Connection c, Exception e);
    }

    private final BlockingQueue<Connection> readers;
    private final Opener opener;
    private final Lost lost;

    public ReaderPool(int size, Opener opener, Lost lost) {
        this.readers = new ArrayBlockingQueue<>(size);
        this.opener = opener;
        this.lost = lost;
    }

    /** Runs a read on a free connection; blocking, so call it on a worker thread. */
    public <T> T run(JdbcDatabase.Work<T> work) throws SQLException {
        Connection c = readers.poll();
        if (c == null) c = opener.open();
        boolean keep = true;
        try {
            return work.run(c);
        } catch (SQLException | RuntimeException e) {
            keep = !lost.lost(c, e);
            throw e;
        } finally {
            if (!keep || !readers.offer(c)) c.close();
        }
    }

    public void close() throws SQLException {
        Connection c;
        while ((c = readers.poll()) != null) c.close();
    }
}
