package nl.samenspel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The durable relay's journal: the least a server must do to keep what it acknowledged. One
 * thread appends whatever is waiting to one file, forces it to disk once for the lot (a group
 * commit, as the server's SQLite writer does), and only then runs each entry's sends, in the
 * order the entries came. No database, no encoding beyond the frame text itself.
 */
final class RelayJournal implements AutoCloseable {

    private record Entry(String line, Runnable afterwards) {
    }

    private final BlockingQueue<Entry> waiting = new LinkedBlockingQueue<>();
    private final FileChannel file;
    private final Thread writer;

    RelayJournal(Path path) throws IOException {
        this.file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        this.writer = new Thread(this::write, "relay-journal");
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes {@code line} (none when null) after everything appended before, then runs {@code afterwards} once it is on disk. */
    void append(String line, Runnable afterwards) {
        waiting.add(new Entry(line, afterwards));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        writer.interrupt();
        writer.join();
        file.close();
    }

    private void write() {
        List<Entry> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(waiting.take());
                waiting.drainTo(batch);
                StringBuilder text = new StringBuilder();
                for (Entry e : batch) if (e.line() != null) text.append(e.line()).append('\n');
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
                while (bytes.hasRemaining()) file.write(bytes);
                file.force(false);
                for (Entry e : batch) e.afterwards().run();
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // A relay that cannot write its journal must not go on acknowledging as if it had.
            throw new UncheckedIOException("the relay's journal failed", e);
        }
    }
}
