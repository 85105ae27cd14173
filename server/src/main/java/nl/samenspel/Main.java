package nl.samenspel;

import io.vertx.core.Vertx;
import java.util.logging.Logger;
import nl.samenspel.config.Config;

/** Starts Samenspel: {@code java -jar samenspel.jar [--port=8080] [--dataDir=data] …} (see README). */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s %3$s — %5$s%6$s%n");
        Logger log = Logger.getLogger("samenspel");
        Config config;
        try {
            config = Config.load(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Samenspel: " + e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Vertx vertx = Vertx.vertx();
        Samenspel.start(vertx, config).onComplete(ar -> {
            if (ar.failed()) {
                log.severe("Samenspel could not start: " + ar.cause());
                vertx.close();
                System.exit(1);
                return;
            }
            Samenspel app = ar.result();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> app.close().await()));
            log.info(String.format("Samenspel serving on http://%s:%d (public address %s, data in %s) after %d ms",
                    config.host(), app.port(), config.publicUrl(), config.databaseFile().toAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000));
        });
    }
}
