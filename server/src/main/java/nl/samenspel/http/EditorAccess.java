package nl.samenspel.http;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may edit content and templates: whoever knows the organisation passcode (configured),
 * or, when none is configured, only someone on this computer. A request that came through a
 * proxy does not count as local, whatever address the proxy itself has.
 */
final class EditorAccess {

    static final String HEADER = "x-samenspel-passcode";

    private final byte[] passcode;

    EditorAccess(String passcode) {
        this.passcode = passcode == null || passcode.isBlank() ? null : passcode.getBytes(StandardCharsets.UTF_8);
    }

    /** True when allowed; otherwise answers 403 naming what is missing. */
    boolean check(RoutingContext ctx) {
        if (allowed(ctx)) return true;
        ApiErrors.send(ctx, 403, "forbidden", passcode != null
                ? "editing content needs the organisation passcode"
                : "editing content is open on the server's own computer only; set a passcode to edit from elsewhere", null);
        return false;
    }

    boolean passcodeRequired() {
        return passcode != null;
    }

    boolean allowed(RoutingContext ctx) {
        if (passcode != null) {
            String given = ctx.request().getHeader(HEADER);
            return given != null && MessageDigest.isEqual(passcode, given.getBytes(StandardCharsets.UTF_8));
        }
        if (ctx.request().getHeader("x-forwarded-for") != null || ctx.request().getHeader("forwarded") != null) return false;
        SocketAddress remote = ctx.request().remoteAddress();
        try {
            return remote != null && remote.hostAddress() != null && InetAddress.getByName(remote.hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
