package nl.samenspel.config;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The server's settings. Each has a default, so {@code java -jar samenspel.jar} with no flags
 * serves on port 8080 with an SQLite file in {@code ./data}. Later sources win: the defaults,
 * a JSON file ({@code --config=file}, or {@code samenspel.json} in the working folder),
 * environment variables ({@code SAMENSPEL_PORT}, …), command-line flags ({@code --port=9090}).
 */
public record Config(
        String host,
        int port,
        String publicUrl,
        Path dataDir,
        String storage,
        String sqliteSync,
        int retentionDays,
        int idleUnloadSeconds,
        double timeScale,
        int commandsPerSecond,
        int commandBurst,
        String passcode,
        int httpInstances,
        Postgres postgres,
        Cluster cluster,
        List<String> allowedOrigins) {

    public static final String[] KEYS = {"host", "port", "publicUrl", "dataDir", "storage", "sqliteSync",
            "retentionDays", "idleUnloadSeconds", "timeScale", "commandsPerSecond", "commandBurst", "passcode",
            "httpInstances", "pgUrl", "pgUser", "pgPassword", "cluster", "clusterMembers", "clusterPort", "clusterHost", "allowedOrigins"};

    /**
     * The nodes' cluster: off, or this node's Hazelcast address ({@code clusterHost}, {@code clusterPort})
     * and the members it joins by TCP-IP (multicast stays off).
     */
    public record Cluster(boolean enabled, String host, int port, List<String> members) {}

    /**
     * Where the PostgreSQL store lives, from {@code --pgUrl=postgresql://host:5432/database}.
     * The password never appears in {@link #toString()} or in {@link #where()}, so it cannot leak into a log.
     */
    public record Postgres(String host, int port, String database, String user, String password) {

        private static final java.util.regex.Pattern URL =
                java.util.regex.Pattern.compile("(?:jdbc:)?postgres(?:ql)?://([^/:?#]+)(?::(\\d{1,5}))?/([^/?#]+)");

        static Postgres parse(String url, String user, String password) {
            java.util.regex.Matcher m = URL.matcher(url.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("pgUrl must look like postgresql://host:5432/database, not '" + url + "'");
            }
            int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
            if (port < 1 || port > 65535) throw new IllegalArgumentException("the port in pgUrl must be 1 to 65535");
            return new Postgres(m.group(1), port, m.group(3), user, password);
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** Host and database, for error messages: never the password. */
        public String where() {
            return "host " + host + ":" + port + ", database " + database;
        }

        @Override
        public String toString() {
            return "Postgres[" + where() + ", user " + user + "]";
        }
    }

    public static Config defaults() {
        return from(new JsonObject());
    }

    public static Config load(String[] args, Map<String, String> env) {
        JsonObject merged = new JsonObject();
        JsonObject flags = flags(args);
        known(flags.fieldNames(), "option --", "config", "check-content");
        String file = flags.getString("config", env.getOrDefault("SAMENSPEL_CONFIG", null));
        Path path = Path.of(file != null ? file : "samenspel.json");
        if (file != null || Files.exists(path)) {
            JsonObject fromFile = readFile(path);
            known(fromFile.fieldNames(), "setting in " + path + ": ");
            merged.mergeIn(fromFile);
        }
        for (String key : KEYS) {
            String value = env.get("SAMENSPEL_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
            if (value != null) merged.put(key, value);
        }
        merged.mergeIn(flags);
        return from(merged);
    }

    public static Config from(JsonObject json) {
        int port = integer(json, "port", 8080);
        String publicUrl = json.getString("publicUrl", "http://localhost:" + port);
        Config c = new Config(
                json.getString("host", "0.0.0.0"),
                port,
                publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl,
                Path.of(json.getString("dataDir", "data")),
                json.getString("storage", "sqlite"),
                json.getString("sqliteSync", "FULL").toUpperCase(Locale.ROOT),
                integer(json, "retentionDays", 30),
                integer(json, "idleUnloadSeconds", 600),
                Double.parseDouble(String.valueOf(json.getValue("timeScale", 1.0))),
                integer(json, "commandsPerSecond", 10),
                integer(json, "commandBurst", 40),
                json.getString("passcode", null),
                integer(json, "httpInstances", Math.max(1, Runtime.getRuntime().availableProcessors())),
                Postgres.parse(json.getString("pgUrl", "postgresql://localhost:5432/samenspel"),
                        json.getString("pgUser", "samenspel"), json.getString("pgPassword", null)),
                cluster(json),
                origins(json.getValue("allowedOrigins")));
        c.check();
        return c;
    }

    public boolean postgresStorage() {
        return storage.equals("postgres");
    }

    private void check() {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535");
        if (!storage.matches("sqlite|postgres")) throw new IllegalArgumentException("storage must be 'sqlite' or 'postgres', not '" + storage + "'");
        if (!sqliteSync.matches("FULL|NORMAL|EXTRA")) throw new IllegalArgumentException("sqliteSync must be FULL, NORMAL or EXTRA");
        if (retentionDays < 1) throw new IllegalArgumentException("retentionDays must be at least 1");
        if (idleUnloadSeconds < 1) throw new IllegalArgumentException("idleUnloadSeconds must be at least 1");
        if (timeScale <= 0 || timeScale > 1) throw new IllegalArgumentException("timeScale must be above 0 and at most 1");
        if (commandsPerSecond < 1 || commandBurst < 1) throw new IllegalArgumentException("rate limits must be positive");
        if (cluster.enabled() && !postgresStorage()) {
            throw new IllegalArgumentException("cluster needs storage=postgres: an SQLite file belongs to one node");
        }
    }

    public Path databaseFile() {
        return dataDir.resolve("samenspel.db");
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, publicUrl, dataDir, storage, sqliteSync, retentionDays, idleUnloadSeconds,
                timeScale, commandsPerSecond, commandBurst, passcode, httpInstances, postgres, cluster, allowedOrigins);
    }

    /**
     * Origins besides the server's own that may open /live: a JSON list or a comma-separated
     * text, each {@code scheme://host[:port]}.
     */
    private static List<String> origins(Object value) {
        if (value == null) return List.of();
        List<String> raw = value instanceof io.vertx.core.json.JsonArray a
                ? a.stream().map(String::valueOf).toList()
                : List.of(value.toString().split(","));
        List<String> out = new java.util.ArrayList<>();
        for (String r : raw) {
            String origin = r.trim();
            if (origin.isEmpty()) continue;
            if (!origin.matches("(?i)https?://[^/?#\\s]+/?")) {
                throw new IllegalArgumentException("allowedOrigins: '" + origin + "' is not an origin like https://host:port");
            }
            out.add(origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
        }
        return List.copyOf(out);
    }

    private static int integer(JsonObject json, String key, int fallback) {
        Object v = json.getValue(key);
        if (v == null) return fallback;
        try {
            return v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + v + "'");
        }
    }

    private static Cluster cluster(JsonObject json) {
        int port = integer(json, "clusterPort", 5701);
        if (port < 1 || port > 65535) throw new IllegalArgumentException("clusterPort must be 1 to 65535");
        String host = json.getString("clusterHost", "127.0.0.1");
        List<String> members = new java.util.ArrayList<>();
        for (String m : json.getString("clusterMembers", "").split(",")) {
            String member = m.trim();
            if (member.isEmpty()) continue;
            if (!member.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?")) {
                throw new IllegalArgumentException("clusterMembers must be host:port,host:port,…; not '" + member + "'");
            }
            members.add(member);
        }
        boolean enabled = bool(json, "cluster");
        if (enabled && members.isEmpty()) members.add(host + ":" + port);
        return new Cluster(enabled, host, port, List.copyOf(members));
    }

    private static boolean bool(JsonObject json, String key) {
        Object v = json.getValue(key);
        if (v == null) return false;
        String text = v.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true")) return true;
        if (text.equals("false")) return false;
        throw new IllegalArgumentException(key + " must be true or false, not '" + v + "'");
    }

    /** A mistyped setting is an error, not a silent default. */
    private static void known(Set<String> names, String what, String... alsoAllowed) {
        Set<String> allowed = new TreeSet<>(List.of(KEYS));
        allowed.addAll(List.of(alsoAllowed));
        for (String name : names) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown " + what + name + "; known: " + String.join(", ", allowed));
            }
        }
    }

    private static JsonObject flags(String[] args) {
        JsonObject out = new JsonObject();
        for (String arg : args) {
            if (!arg.startsWith("--")) continue;
            int eq = arg.indexOf('=');
            if (eq < 0) out.put(arg.substring(2), "true");
            else out.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return out;
    }

    private static JsonObject readFile(Path path) {
        try {
            return new JsonObject(Files.readString(path));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the configuration file " + path + ": " + e.getMessage());
        }
    }
}
