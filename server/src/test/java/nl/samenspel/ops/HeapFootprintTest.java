package nl.samenspel.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapFootprintTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void setsTheFreeRatiosOnceAndLeavesOptionsThatWereSetElsewhere() {
        assumeTrue(vm.getVMOption("MaxHeapFreeRatio").getOrigin() == VMOption.Origin.DEFAULT,
                "this JVM was given its heap ratios: nothing for the server to set");
        assertEquals(Map.of("MinHeapFreeRatio", "10", "MaxHeapFreeRatio", "30"), HeapFootprint.apply());
        assertEquals("10", vm.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals("30", vm.getVMOption("MaxHeapFreeRatio").getValue());
        // Now they were set by management, not by default: a second call keeps them.
        assertEquals(Map.of(), HeapFootprint.apply());
    }
}
