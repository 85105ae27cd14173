package nl.samenspel.ops;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the heap the JVM holds close to what is live. With G1's defaults a heap may stay up to
 * 70 % free after a collection: at 19,000 held connections the server kept 894 MiB resident for
 * about 360 MiB of live objects (docs/BENCHMARKS.md, "Held idle connections to 19,000"). A heap at most
 * 30 % free after a collection kept it at 626 MiB, with the same live set. The two ratios are
 * manageable flags, so the server sets them itself and the plain {@code java -jar} of the README
 * gets them; when either is given on the command line, both are left as they are.
 */
public final class HeapFootprint {

    /** In this order: the minimum may never be above the maximum, not even between the two calls. */
    static final List<Map.Entry<String, String>> RATIOS = List.of(
            Map.entry("MinHeapFreeRatio", "10"), Map.entry("MaxHeapFreeRatio", "30"));

    private HeapFootprint() {
    }

    /** @return the options this call set: none on a JVM without them, or when either was set already */
    public static Map<String, String> apply() {
        Map<String, String> set = new LinkedHashMap<>();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            // One ratio given elsewhere means someone sized this heap: leave both as they are.
            for (Map.Entry<String, String> ratio : RATIOS) {
                if (vm == null || vm.getVMOption(ratio.getKey()).getOrigin() != VMOption.Origin.DEFAULT) return set;
            }
            for (Map.Entry<String, String> ratio : RATIOS) {
                vm.setVMOption(ratio.getKey(), ratio.getValue());
                set.put(ratio.getKey(), ratio.getValue());
            }
        } catch (IllegalArgumentException e) {
            // A JVM without these options: its own sizing stays, which is correct, only larger.
        }
        return set;
    }
}
