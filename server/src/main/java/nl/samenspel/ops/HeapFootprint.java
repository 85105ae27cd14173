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
 * about 360 MiB of live objects (docs/BENCHMARKS.md, "Held connections to 19,000"). A heap at most
 * 30 % free after a collection kept it at 617 MiB, with the same live set. The two ratios are
 * manageable flags, so the server sets them itself and the plain {@code java -jar} of the README
 * gets them; a value given on the command line is left as it is.
 */
public final class HeapFootprint {

    /** In this order: the minimum may never be above the maximum, not even between the two calls. */
    static final List<Map.Entry<String, String>> RATIOS = List.of(
            Map.entry("MinHeapFreeRatio", "10"), Map.entry("MaxHeapFreeRatio", "30"));

    private HeapFootprint() {
    }

    /** @return the options this call set (none when the JVM is not HotSpot or they were given explicitly) */
    public static Map<String, String> apply() {
        Map<String, String> set = new LinkedHashMap<>();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null) return set;
        for (Map.Entry<String, String> ratio : RATIOS) {
            try {
                if (vm.getVMOption(ratio.getKey()).getOrigin() != VMOption.Origin.DEFAULT) continue;
                vm.setVMOption(ratio.getKey(), ratio.getValue());
                set.put(ratio.getKey(), ratio.getValue());
            } catch (IllegalArgumentException e) {
                // A JVM without the option, or one that refuses the value next to an explicit
                // other ratio: its own sizing stays, which is correct, only larger.
            }
        }
        return set;
    }
}
