package nl.samenspel.ops;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.Map;

/**
 * A Vert.x that is one node of a Samenspel cluster: Hazelcast with TCP-IP join to the given
 * members (multicast off), its event bus on the same host, and failure detection tuned so that
 * a dead node's sessions are taken over within seconds instead of Hazelcast's default minute.
 */
public final class ClusterNode {

    /**
     * One name for every version: a node of another version does meet the cluster, and then
     * refuses to stay in it (see {@link #start}) instead of forming a second cluster on the same
     * database that would take sessions from the first.
     */
    public static final String CLUSTER_NAME = "samenspel";
    /** The Hazelcast member attribute that carries a node's Samenspel version. */
    static final String VERSION_ATTRIBUTE = "samenspel.version";

    private final HazelcastClusterManager manager;

    private ClusterNode(HazelcastClusterManager manager) {
        this.manager = manager;
    }

    public static String version() {
        String v = ClusterNode.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** Joins the cluster; completes when this node is a member. */
    public static Future<Vertx> start(nl.samenspel.config.Config.Cluster cluster, Metrics metrics, NodeHolder holder) {
        return start(cluster, metrics, holder, version());
    }

    /** Hazelcast's settings that differ from its defaults. */
    private static final Map<String, String> HAZELCAST_PROPERTIES = Map.of(
            "hazelcast.logging.type", "jdk",
            "hazelcast.phone.home.enabled", "false",
            // Vert.x leaves the cluster itself on close; Hazelcast's own hook would race it.
            "hazelcast.shutdownhook.enabled", "false",
            // A silent member is declared dead after 5 s, not 60: the basis of a takeover within 10 s.
            "hazelcast.heartbeat.interval.seconds", "1",
            "hazelcast.max.no.heartbeat.seconds", "5",
            "hazelcast.merge.first.run.delay.seconds", "5",
            "hazelcast.merge.next.run.delay.seconds", "5");

    /**
     * Joins the cluster as a node of Samenspel {@code version}; fails (having left again, before
     * it served or owned anything) when the cluster's oldest member runs another version: nodes of
     * different versions may not share sessions, whose messages and journal they may read otherwise.
     */
    public static Future<Vertx> start(nl.samenspel.config.Config.Cluster cluster, Metrics metrics, NodeHolder holder,
                                      String version) {
        Config hz = ConfigUtil.loadConfig();
        hz.setClusterName(CLUSTER_NAME);
        hz.getMemberAttributeConfig().setAttribute(VERSION_ATTRIBUTE, version);
        HAZELCAST_PROPERTIES.forEach(hz::setProperty);
        // Locks are semaphores of CP sessions; a dead holder's permit is freed when its session
        // expires, so the session lease is this short (the default is five minutes).
        hz.getCPSubsystemConfig().setSessionHeartbeatIntervalSeconds(1).setSessionTimeToLiveSeconds(5);
        NetworkConfig network = hz.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(false).setPublicAddress(cluster.host() + ":" + cluster.port());
        network.getInterfaces().setEnabled(true).addInterface(cluster.host());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members()).setConnectionTimeoutSeconds(2);
        HazelcastClusterManager manager = new HazelcastClusterManager(hz);
        holder.node = new ClusterNode(manager);
        VertxOptions options = new VertxOptions()
                .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(false))
                .setEventBusOptions(new EventBusOptions().setHost(cluster.host()).setPort(0).setClusterPublicHost(cluster.host()));
        return Vertx.builder().with(options).withClusterManager(manager)
                .withMetrics(new MicrometerMetricsFactory(metrics.registry())).buildClustered()
                .compose(vertx -> {
                    String theirs = clusterVersion(manager);
                    if (version.equals(theirs)) return Future.succeededFuture(vertx);
                    IllegalStateException refused = new IllegalStateException("this node runs Samenspel " + version
                            + " but the cluster runs Samenspel " + theirs + ": refused to join; run one version on every node"
                            + " (upgrading: stop all old nodes, then start the new ones; see docs/DEPLOYMENT.md)");
                    return vertx.close().transform(v -> Future.failedFuture(refused));
                });
    }

    /** The version of the cluster's oldest member (the first Hazelcast lists), the one whose cluster this is. */
    private static String clusterVersion(HazelcastClusterManager manager) {
        var oldest = manager.getHazelcastInstance().getCluster().getMembers().iterator().next();
        String v = oldest.getAttribute(VERSION_ATTRIBUTE);
        return v != null ? v : "unknown";
    }

    /** Where {@link #start} leaves the node, so the caller can ask it about membership later. */
    public static final class NodeHolder {
        public volatile ClusterNode node;
    }

    public boolean joined() {
        return manager.isActive();
    }

    public String nodeId() {
        return manager.getNodeId();
    }
}
