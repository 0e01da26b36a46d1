package org.kindred.person.matching.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kindred.person.matching.DataFilesForBench;
import org.kindred.person.matching.FellegiSunterScorer;
import org.kindred.person.matching.LucenePersonIndex;
import org.kindred.person.matching.MatchCandidate;
import org.kindred.person.matching.MatchingData;
import org.kindred.person.matching.PersonQuery;
import org.kindred.person.matching.PersonRecord;

/**
 * Person search benchmark: builds a synthetic register, runs corrupted queries on two threads
 * and prints latency percentiles, throughput, recall@1/@10, build time and heap. Run with
 * bench/matching/run.sh [people] [queries] (defaults 1,000,000 and 5,000).
 */
public final class PersonSearchBenchmark {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int threads = 2;
        Path dataDir = Path.of("../shared/matching");
        MatchingData data = MatchingData.loadDefault();
        SyntheticRegister generator = new SyntheticRegister(dataDir, 42);
        List<PersonRecord> register = generator.people(people);
        QueryCorruptor corruptor = new QueryCorruptor(7, DataFilesForBench.nicknames(dataDir), generator.surnames());

        long started = System.nanoTime();
        LucenePersonIndex index = LucenePersonIndex.temporary(data, FellegiSunterScorer.create(data));
        index.load(register);
        double buildSeconds = (System.nanoTime() - started) / 1e9;

        Random pick = new Random(99);
        List<PersonRecord> truths = new ArrayList<>();
        List<PersonRecord> probes = new ArrayList<>();
        for (int i = 0; i < queries + 1000; i++) {
            PersonRecord truth = register.get(pick.nextInt(register.size()));
            truths.add(truth);
            probes.add(corruptor.corrupt(truth));
        }
        parallel(threads, 1000, i -> index.search(PersonQuery.like(probes.get(i)), 10)); // warm-up
        long[] nanos = new long[queries];
        long[] cpu = new long[queries];
        java.lang.management.ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        AtomicInteger top1 = new AtomicInteger();
        AtomicInteger top10 = new AtomicInteger();
        long wall = System.nanoTime();
        parallel(threads, queries, i -> {
            long cpuStart = threadsBean.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<MatchCandidate> found = index.search(PersonQuery.like(probes.get(1000 + i)), 10);
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threadsBean.getCurrentThreadCpuTime() - cpuStart;
            String want = truths.get(1000 + i).id();
            if (!found.isEmpty() && found.get(0).id().equals(want)) {
                top1.incrementAndGet();
            }
            if (found.stream().anyMatch(c -> c.id().equals(want))) {
                top10.incrementAndGet();
            } else if (System.getenv("BENCH_SHOW_MISSES") != null) {
                System.out.println("MISS " + probes.get(1000 + i) + "\n  want " + truths.get(1000 + i)
                        + "\n  got " + (found.isEmpty() ? "nothing" : found.get(0)));
            }
        });
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("people %,d  queries %,d  threads %d  cores %d  java %s%n", people, queries, threads,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("index build %.1f s  heap used after GC %,d MB (max %,d MB)%n", buildSeconds,
                heap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("latency ms p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", ms(nanos, 0.50), ms(nanos, 0.95),
                ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        System.out.printf("cpu per query ms p50 %.2f  p95 %.2f  p99 %.2f (excludes time waiting for a core)%n",
                ms(cpu, 0.50), ms(cpu, 0.95), ms(cpu, 0.99));
        System.out.printf("load average at end %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("throughput %.0f queries/s on %d threads%n", queries / wallSeconds, threads);
        System.out.printf("recall@1 %.4f  recall@10 %.4f%n", top1.get() / (double) queries, top10.get() / (double) queries);
        index.close();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void parallel(int threads, int count, java.util.function.IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }
}
