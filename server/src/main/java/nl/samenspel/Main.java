package nl.samenspel;

import io.vertx.core.Vertx;
import java.util.logging.Logger;
import nl.samenspel.config.Config;

/** Starts Samenspel: {@code java -jar samenspel.jar [--port=8080] [--dataDir=data] …} (see README). */
public final class Main {

    private Main() {}

    /** Checks the built-in packs, the organisation's stored packs and an optional pack file; prints what it finds. */
    private static int checkContent(Config config, java.nio.file.Path extra) {
        Vertx vertx = Vertx.vertx();
        try {
            var formats = Samenspel.formats();
            var json = new nl.samenspel.json.Json(formats.jsonTypes());
            var content = formats.content(json.records());
            if (java.nio.file.Files.exists(config.databaseFile())) {
                var db = nl.samenspel.store.sqlite.SqliteDatabase.open(vertx, config.databaseFile(), config.sqliteSync());
                new nl.samenspel.content.Library(content, new nl.samenspel.store.sqlite.SqliteContentStore(db),
                        json.records(), System::currentTimeMillis).loadOrganisationPacks().await();
                db.close().await();
            }
            return nl.samenspel.content.ContentCheck.run(content, extra, System.out);
        } catch (Exception e) {
            System.err.println("Samenspel: " + e.getMessage());
            return 2;
        } finally {
            vertx.close().await();
        }
    }

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
        for (String arg : args) {
            if (arg.equals("--check-content") || arg.startsWith("--check-content=")) {
                System.exit(checkContent(config, arg.contains("=") ? java.nio.file.Path.of(arg.substring(arg.indexOf('=') + 1)) : null));
            }
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
