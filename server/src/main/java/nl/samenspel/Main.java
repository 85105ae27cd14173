package nl.samenspel;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import nl.samenspel.config.Config;
import nl.samenspel.content.ContentCheck;
import nl.samenspel.content.Library;
import nl.samenspel.ops.ClusterNode;
import nl.samenspel.ops.HeapFootprint;
import nl.samenspel.ops.Metrics;
import nl.samenspel.ops.StoppingLogManager;
import nl.samenspel.store.Storage;

/** Starts Samenspel: {@code java -jar samenspel.jar [--port=8080] [--dataDir=data] …} (see README). */
public final class Main {

    private Main() {}

    /** Checks the built-in packs, the organisation's stored packs and an optional pack file; prints what it finds. */
    private static int checkContent(Config config, Path extra) {
        Vertx vertx = Vertx.vertx();
        try {
            Samenspel.Foundations f = Samenspel.Foundations.load().join();
            if (config.postgresStorage() || Files.exists(config.databaseFile())) {
                Storage storage = Storage.open(vertx, config, nanos -> {}).await();
                try {
                    new Library(f.content(), storage.content(), f.json().records(), System::currentTimeMillis)
                            .loadOrganisationPacks().await();
                } finally {
                    storage.close().await();
                }
            }
            return ContentCheck.run(f.content(), extra, System.out);
        } catch (Exception e) {
            System.err.println("Samenspel: " + e.getMessage());
            return 2;
        } finally {
            vertx.close().await();
        }
    }

    private static long sinceJvmStart() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
    }

    public static void main(String[] args) {
        // Before any logger exists: the JDK chooses its log manager once, when the first is made.
        // A class literal only loads the class; calling into it would make the JDK's manager first.
        System.setProperty("java.util.logging.manager", StoppingLogManager.class.getName());
        boolean keepsStoppingLines = StoppingLogManager.installed();
        // Milliseconds: a hand-over or a takeover is measured in them.
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$-7s %3$s — %5$s%6$s%n");
        Logger log = Logger.getLogger("samenspel");
        if (!keepsStoppingLines) log.warning("a log manager was made before Samenspel's; the lines of a graceful stop may be lost");
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
                System.exit(checkContent(config, arg.contains("=") ? Path.of(arg.substring(arg.indexOf('=') + 1)) : null));
            }
        }
        var foundations = Samenspel.Foundations.load();
        Metrics metrics = new Metrics();
        Future<Vertx> node = config.cluster().enabled()
                ? ClusterNode.start(config.cluster(), metrics, new ClusterNode.NodeHolder())
                : Future.succeededFuture(metrics.vertx());
        node.onFailure(e -> {
            log.severe("Samenspel could not join the cluster at " + config.cluster().host() + ":" + config.cluster().port()
                    + " (members " + config.cluster().members() + "): " + e.getMessage());
            System.exit(1);
        }).onSuccess(vertx -> run(vertx, config, foundations, metrics, log));
    }

    private static void run(Vertx vertx, Config config, java.util.concurrent.CompletableFuture<Samenspel.Foundations> foundations,
                            Metrics metrics, Logger log) {
        Samenspel.start(vertx, config, foundations, metrics).onComplete(ar -> {
            if (ar.failed()) {
                log.severe("Samenspel could not start: " + (ar.cause().getMessage() != null ? ar.cause().getMessage() : ar.cause()));
                vertx.close();
                System.exit(1);
                return;
            }
            Samenspel app = ar.result();
            // SIGTERM: hand the sessions on and leave; a stop that hangs must not keep the process alive.
            // The log keeps its handlers until then, so the stop's own lines are written.
            StoppingLogManager.holdUntilStopped();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    app.close().await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    log.severe("the graceful stop took over 60 s; exiting anyway");
                } finally {
                    StoppingLogManager.stopped();
                }
            }, "samenspel-shutdown"));
            log.info(String.format("Samenspel serving on http://%s:%d (public address %s, data in %s), %d ms after the JVM started",
                    config.host(), app.port(), config.publicUrl(), app.storage(), sinceJvmStart()));
            // After the start, not before: reading the JVM's options loads its management classes.
            HeapFootprint.apply();
        });
    }
}
