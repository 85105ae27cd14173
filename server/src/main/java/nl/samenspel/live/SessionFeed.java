package nl.samenspel.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import nl.samenspel.session.bus.ActorReply;
import nl.samenspel.session.bus.Addresses;

/**
 * The connections to one session on one event loop, subscribed once to what the session
 * publishes. Each frame arrives encoded; it goes to every connection whose principal is in
 * its audience, as the same buffer.
 */
final class SessionFeed {

    private static final Logger LOG = Logger.getLogger(SessionFeed.class.getName());

    private final Set<Connection> connections = new LinkedHashSet<>();
    private final MessageConsumer<ActorReply> consumer;

    SessionFeed(Vertx vertx, String code) {
        this.consumer = vertx.eventBus().consumer(Addresses.out(code), message -> {
            if (message.body() instanceof ActorReply.Outbound out) {
                for (Connection c : new ArrayList<>(connections)) {
                    try {
                        c.deliver(code, out);
                    } catch (RuntimeException e) {
                        // One broken connection must never cost the others their frame.
                        LOG.warning("delivery to a connection of " + code + " failed: " + e);
                    }
                }
            }
        });
    }

    /** Completes when the subscription is in place, so nothing published after it is missed. */
    Future<Void> ready() {
        return consumer.completion();
    }

    void add(Connection connection) {
        connections.add(connection);
    }

    /** Returns true when no connection is left and the feed has stopped. */
    boolean remove(Connection connection) {
        connections.remove(connection);
        if (!connections.isEmpty()) return false;
        consumer.unregister();
        return true;
    }

    int size() {
        return connections.size();
    }
}
