package nl.samenspel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.samenspel.config.Config;
import nl.samenspel.ops.ClusterNode;
import nl.samenspel.ops.Metrics;
import nl.samenspel.testing.Await;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * A node of another Samenspel version that reaches the cluster is refused (it would otherwise
 * share sessions whose messages and journal it may not read alike): it fails to start with one
 * message naming both versions, and the cluster stays as it was; a node of the same version joins.
 */
class VersionTest {

    @Test
    void aNodeOfAnotherVersionIsRefusedAndOneOfTheSameVersionJoins() {
        List<Integer> ports = IntStream.range(0, 3).mapToObj(i -> TestServer.freePort()).toList();
        List<String> members = ports.stream().map(p -> "127.0.0.1:" + p).toList();
        List<Vertx> started = new ArrayList<>();
        try {
            Vertx first = TestServer.await(node(ports.get(0), members, "1.4.0"));
            started.add(first);

            RuntimeException refused = assertThrows(RuntimeException.class, () -> started.add(TestServer.await(node(ports.get(1), members, "1.5.0"))));
            Throwable cause = refused.getCause() != null ? refused.getCause() : refused;
            assertEquals("this node runs Samenspel 1.5.0 but the cluster runs Samenspel 1.4.0: refused to join; run one version on "
                    + "every node (upgrading: stop all old nodes, then start the new ones; see docs/DEPLOYMENT.md)", cause.getMessage());
            Await.until("the refused node has left", Duration.ofSeconds(60), () -> members(first) == 1);

            Vertx second = TestServer.await(node(ports.get(2), members, "1.4.0"));
            started.add(second);
            assertEquals(2, members(second), "a node of the cluster's version joins");
            Await.until("the first node sees the second", Duration.ofSeconds(60), () -> members(first) == 2);
        } finally {
            for (Vertx v : started) TestServer.await(v.close());
        }
    }

    private static Future<Vertx> node(int port, List<String> members, String version) {
        return ClusterNode.start(new Config.Cluster(true, "127.0.0.1", port, members), new Metrics(), new ClusterNode.NodeHolder(), version);
    }

    private static int members(Vertx vertx) {
        return ((VertxInternal) vertx).clusterManager().getNodes().size();
    }
}
