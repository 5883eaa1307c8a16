import dev.dossier.places.Gazetteer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;

/**
 * Load time and heap of the GeoNames gazetteer, in a fresh JVM: the time of the first {@code Gazetteer.standard()}
 * (reading and indexing the gzipped table, class loading included), as wall-clock time and as the loading thread's
 * CPU time (the figure to read on a shared, busy machine), and the heap it keeps after full collections.
 * Run by bench/places.sh.
 */
public final class PlacesBench {

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = settled(memory);
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        Gazetteer g = Gazetteer.standard();
        long loadCpu = threads.getCurrentThreadCpuTime() - c0;
        long loadNanos = System.nanoTime() - t0;
        long after = settled(memory);
        int found = 0;
        long t1 = System.nanoTime();
        String[] names = {"Georgia", "Paris", "Washington", "Odesa", "Anchorage", "Springfield", "Nowhere", "Geneva"};
        for (int i = 0; i < 1_000_000; i++) {
            found += g.candidates(names[i % names.length]).size();
        }
        long lookupNanos = System.nanoTime() - t1;
        System.out.printf("gazetteer load:  %.0f ms wall, %.0f ms CPU of the loading thread (%d places)%n",
                loadNanos / 1e6, loadCpu / 1e6, g.size());
        System.out.printf("gazetteer heap:  %.1f MB retained%n", (after - before) / 1048576.0);
        System.out.printf("name lookups:    %.0f ns each (%d candidates seen)%n", lookupNanos / 1e6, found);
    }

    private static long settled(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
