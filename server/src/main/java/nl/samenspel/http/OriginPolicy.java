package nl.samenspel.http;

import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which web pages may open the live websocket. A browser sends the page's Origin with the
 * handshake; another site's page (or a sandboxed one, Origin "null") must not drive a session
 * with the cookies-free tokens a person pasted there. Allowed: the server's own origin as the
 * request names it (Host), so a laptop serving phones on a room's wifi by its network address
 * works with no configuration; the configured public address (behind a proxy); and a
 * configured list. A client that sends no Origin is not a browser page and is let in: the
 * tokens protect the session from it.
 */
final class OriginPolicy {

    private final Set<String> allowed = new HashSet<>();

    OriginPolicy(String publicUrl, List<String> allowedOrigins) {
        add(publicUrl);
        allowedOrigins.forEach(this::add);
    }

    private void add(String origin) {
        String normal = normalise(origin);
        if (normal != null) allowed.add(normal);
    }

    boolean allows(String origin, HostAndPort host) {
        if (origin == null) return true;
        String normal = normalise(origin);
        if (normal == null) return false;
        if (allowed.contains(normal)) return true;
        return host != null && sameHost(URI.create(normal), host);
    }

    /** The scheme is not compared: behind a TLS proxy the page is https and the request here is not. */
    private static boolean sameHost(URI origin, HostAndPort host) {
        String name = host.host().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) name = name.substring(1, name.length() - 1);
        String originHost = origin.getHost();
        if (originHost.startsWith("[") && originHost.endsWith("]")) originHost = originHost.substring(1, originHost.length() - 1);
        int port = host.port() > 0 ? host.port() : defaultPort(origin.getScheme());
        return name.equals(originHost) && port == origin.getPort();
    }

    /** {@code scheme://host:port} in lower case with the port always written; null when not an http(s) origin. */
    static String normalise(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) return null;
            String path = uri.getRawPath();
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || path != null && !path.isEmpty() && !path.equals("/")) {
                return null;
            }
            int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(scheme);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
