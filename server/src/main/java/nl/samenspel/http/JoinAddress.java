package nl.samenspel.http;

import io.vertx.ext.web.RoutingContext;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address phones use to join. A configured public address wins. Without one the default
 * is http://localhost:&lt;port&gt;, which no phone can reach: then the address the facilitator's
 * browser used (its Host header) is the better guess, since a laptop in a room is reached by
 * its network address. The laptop's own network addresses are offered for choosing.
 */
final class JoinAddress {

    /** A host[:port] as browsers send it; anything else is ignored, never echoed into a link. */
    private static final Pattern HOST = Pattern.compile("^(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9.-]{1,253})(:\\d{1,5})?$");

    private final String configured;

    JoinAddress(String configured) {
        this.configured = configured;
    }

    /** The base URL for links in this answer: the configured one, or the browser's when that is loopback. */
    String base(RoutingContext ctx) {
        if (!isLoopback(configured)) return configured;
        String host = ctx.request().getHeader("host");
        if (host == null || !HOST.matcher(host).matches()) return configured;
        String derived = (ctx.request().isSSL() ? "https://" : "http://") + host;
        return isLoopback(derived) ? configured : derived;
    }

    /** Whether a URL's host is this machine only (localhost, 127.x, ::1). */
    static boolean isLoopback(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) return false;
            host = host.toLowerCase(Locale.ROOT);
            return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                    || host.equals("[::1]") || host.equals("::1");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** This machine's IPv4 addresses on running, non-loopback interfaces (a laptop's wifi or hotspot). */
    static List<String> networkAddresses() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) continue;
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) out.add(a.getHostAddress());
                }
            }
        } catch (SocketException e) {
            // no interfaces to list: the console then only warns
        }
        Collections.sort(out);
        return out;
    }
}
