package org.kindred.person.matching.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.store.MMapDirectory;
import org.kindred.person.matching.DataFilesForBench;
import org.kindred.person.matching.FellegiSunterScorer;
import org.kindred.person.matching.LucenePersonIndex;
import org.kindred.person.matching.MatchCandidate;
import org.kindred.person.matching.MatchingData;
import org.kindred.person.matching.PersonQuery;
import org.kindred.person.matching.PersonRecord;

/**
 * The person search index's size and query cost against the register's size (issue 21, docs/scaling.md): one size
 * per run (a fresh JVM, so the heap figure is that size's alone), printed as one {@code CURVE} line; {@code --report}
 * then reads those lines, fits them and extrapolates to 20 million people (a table and an SVG).
 *
 * <p>Measured: the build (bulk load on every core, merged to one segment), Lucene's files on disk (memory-mapped,
 * outside the heap), the heap after GC (the people the index keeps to score candidates, and Lucene's own), the wall
 * clock and CPU of each query on one thread (the cost of one search; nothing else runs in this JVM), and recall.
 * Postcodes: 150,000 made-up ones per million people, at most 1.5 million (about England's residential postcodes),
 * so a larger register is also a wider one. Run by bench/register/index-curve.sh.
 */
public final class IndexCurve {
    private static final long NATIONAL = 20_000_000L;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--report")) {
            report(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int people = Integer.parseInt(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path dataDir = Path.of("../shared/matching");
        MatchingData data = MatchingData.loadDefault();
        int postcodes = (int) Math.min(1_500_000L, 150_000L * people / 1_000_000L);
        SyntheticRegister generator = new SyntheticRegister(dataDir, 42, Math.max(postcodes, 15_000));
        List<PersonRecord> register = generator.people(people);
        QueryCorruptor corruptor = new QueryCorruptor(7, DataFilesForBench.nicknames(dataDir), generator.surnames());

        Path folder = Files.createTempDirectory("kindred-index-curve");
        try {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStarted = os.getProcessCpuTime();
            long started = System.nanoTime();
            LucenePersonIndex index = new LucenePersonIndex(data, FellegiSunterScorer.create(data),
                    new MMapDirectory(folder));
            index.load(register);
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            double buildCpuSeconds = (os.getProcessCpuTime() - cpuStarted) / 1e9; // on a busy machine, the honest one
            long bytes = size(folder);

            Random pick = new Random(99);
            List<PersonRecord> truths = new ArrayList<>();
            List<PersonQuery> probes = new ArrayList<>();
            for (int i = 0; i < queries + 500; i++) {
                PersonRecord truth = register.get(pick.nextInt(register.size()));
                truths.add(truth);
                probes.add(PersonQuery.like(corruptor.corrupt(truth)));
            }
            register = null; // the index keeps its own people: measure those, not the generator's list
            for (int i = 0; i < 500; i++) {
                index.search(probes.get(i), 10); // warm-up
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] wall = new long[queries];
            long[] cpu = new long[queries];
            int top1 = 0;
            int top10 = 0;
            for (int i = 0; i < queries; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                List<MatchCandidate> found = index.search(probes.get(500 + i), 10);
                wall[i] = System.nanoTime() - t;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
                String want = truths.get(500 + i).id();
                if (!found.isEmpty() && found.get(0).id().equals(want)) top1++;
                if (found.stream().anyMatch(m -> m.id().equals(want))) top10++;
            }
            truths = null;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "CURVE people=%d postcodes=%d build_s=%.1f build_cpu_s=%.1f index_mb=%.1f heap_mb=%d"
                            + " wall_p50=%.2f wall_p95=%.2f wall_p99=%.2f cpu_p50=%.2f cpu_p95=%.2f cpu_p99=%.2f"
                            + " recall1=%.4f recall10=%.4f queries=%d load=%.1f%n",
                    people, postcodes, buildSeconds, buildCpuSeconds, bytes / 1e6, heap >> 20, ms(wall, 0.50), ms(wall, 0.95),
                    ms(wall, 0.99), ms(cpu, 0.50), ms(cpu, 0.95), ms(cpu, 0.99), top1 / (double) queries,
                    top10 / (double) queries, queries,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            index.close();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    // ---- the report: fits and extrapolation ----

    record Point(double people, double build, double buildCpu, double indexMb, double heapMb, double cpu50, double cpu95,
                 double cpu99, double recall10) {
        static Point parse(String line) {
            java.util.Map<String, Double> v = new java.util.HashMap<>();
            for (String pair : line.substring("CURVE ".length()).trim().split(" ")) {
                String[] kv = pair.split("=");
                v.put(kv[0], Double.parseDouble(kv[1]));
            }
            return new Point(v.get("people"), v.get("build_s"), v.getOrDefault("build_cpu_s", Double.NaN), v.get("index_mb"), v.get("heap_mb"),
                    v.get("cpu_p50"), v.get("cpu_p95"), v.get("cpu_p99"), v.get("recall10"));
        }
    }

    /** Sizes grow in proportion (a straight line through the points); query cost as a power of the size. */
    static void report(Path results, Path svg) throws IOException {
        List<Point> points;
        try (Stream<String> lines = Files.lines(results)) {
            points = lines.filter(l -> l.startsWith("CURVE ")).map(Point::parse)
                    .sorted(Comparator.comparingDouble(Point::people)).toList();
        }
        if (points.size() < 2) {
            throw new IllegalStateException("need at least two CURVE lines in " + results);
        }
        double[] n = points.stream().mapToDouble(Point::people).toArray();
        Line index = Line.fit(n, points.stream().mapToDouble(Point::indexMb).toArray());
        Line heap = Line.fit(n, points.stream().mapToDouble(Point::heapMb).toArray());
        Line build = Line.fit(n, points.stream().mapToDouble(Point::build).toArray());
        double[] cpus = points.stream().mapToDouble(Point::buildCpu).toArray();
        Line buildCpu = Arrays.stream(cpus).anyMatch(Double::isNaN) ? new Line(Double.NaN, Double.NaN) : Line.fit(n, cpus);
        Power cpu50 = Power.fit(n, points.stream().mapToDouble(Point::cpu50).toArray());
        Power cpu95 = Power.fit(n, points.stream().mapToDouble(Point::cpu95).toArray());
        Power cpu99 = Power.fit(n, points.stream().mapToDouble(Point::cpu99).toArray());
        System.out.println("| people | build: wall / CPU (s) | Lucene files (MB) | heap after GC (MB) | CPU per query p50 / p95 / p99 (ms) | recall@10 |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (Point p : points) {
            System.out.printf(Locale.ROOT, "| %,.0f (measured) | %.0f / %.0f | %,.0f | %,.0f | %.2f / %.2f / %.2f | %.4f |%n",
                    p.people(), p.build(), p.buildCpu(), p.indexMb(), p.heapMb(), p.cpu50(), p.cpu95(), p.cpu99(), p.recall10());
        }
        for (long people : new long[] {10_000_000L, NATIONAL}) {
            System.out.printf(Locale.ROOT, "| %,d (extrapolated) | %.0f / %.0f | %,.0f | %,.0f | %.2f / %.2f / %.2f | |%n",
                    people, build.at(people), buildCpu.at(people), index.at(people), heap.at(people), cpu50.at(people), cpu95.at(people),
                    cpu99.at(people));
        }
        System.out.printf(Locale.ROOT, "fits: Lucene MB = %.1f + %.2f per 100k people; heap MB = %.0f + %.1f per 100k;"
                        + " CPU p50 ~ N^%.2f, p95 ~ N^%.2f, p99 ~ N^%.2f%n", index.a(), index.b() * 1e5, heap.a(),
                heap.b() * 1e5, cpu50.k(), cpu95.k(), cpu99.k());
        Files.writeString(svg, Chart.svg(points, cpu50, cpu95, index, NATIONAL));
        System.out.println("chart: " + svg);
    }

    record Line(double a, double b) {
        static Line fit(double[] x, double[] y) {
            double mx = Arrays.stream(x).average().orElse(0);
            double my = Arrays.stream(y).average().orElse(0);
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < x.length; i++) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
            }
            double b = sxy / sxx;
            return new Line(my - b * mx, b);
        }

        double at(double x) { return a + b * x; }
    }

    /** y = c * x^k, fitted on logarithms. */
    record Power(double c, double k) {
        static Power fit(double[] x, double[] y) {
            Line line = Line.fit(Arrays.stream(x).map(Math::log).toArray(), Arrays.stream(y).map(Math::log).toArray());
            return new Power(Math.exp(line.a()), line.b());
        }

        double at(double x) { return c * Math.pow(x, k); }
    }

    /** Query CPU (p50, p95) and the index's size against people, measured points and the fitted line to 20 million. */
    static final class Chart {
        private Chart() {
        }

        static String svg(List<Point> points, Power p50, Power p95, Line mb, long upTo) {
            int w = 640;
            int h = 320;
            int left = 60;
            int bottom = 270;
            int top = 44;
            int right = 580;
            double maxMs = Math.ceil(p95.at(upTo) * 1.2);
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" font-family=\"Arial, sans-serif\" font-size=\"12\" role=\"img\""
                    + " aria-labelledby=\"t\">%n<title id=\"t\">Person search: CPU per query against people on the"
                    + " register, measured at %s and extrapolated to 20 million</title>%n", w, h, w, h,
                    String.join(", ", points.stream().map(p -> String.format(Locale.ROOT, "%,.0f", p.people())).toList())));
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\"/>%n",
                    left, bottom, right, bottom));
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\"/>%n",
                    left, top, left, bottom));
            for (int m = 0; m <= 20; m += 5) {
                double x = left + (right - left) * m / 20.0;
                s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%dm</text>%n",
                        x, bottom + 16, m));
            }
            for (int i = 0; i <= 4; i++) {
                double v = maxMs * i / 4;
                double y = bottom - (bottom - top) * i / 4.0;
                s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.0f\" text-anchor=\"end\">%.1f ms</text>%n",
                        left - 6, y + 4, v));
            }
            for (Power curve : List.of(p50, p95)) {
                StringBuilder path = new StringBuilder();
                for (int i = 0; i <= 40; i++) {
                    double people = Math.max(points.get(0).people(), upTo * i / 40.0);
                    path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f",
                            left + (right - left) * people / upTo, bottom - (bottom - top) * curve.at(people) / maxMs));
                }
                s.append(String.format("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-dasharray=\"6 4\"/>%n",
                        path, curve == p50 ? "#1d70b8" : "#d4351c"));
            }
            for (Point p : points) {
                for (double ms : new double[] {p.cpu50(), p.cpu95()}) {
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n",
                            left + (right - left) * p.people() / upTo, bottom - (bottom - top) * ms / maxMs,
                            ms == p.cpu50() ? "#1d70b8" : "#d4351c"));
                }
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\">CPU per query (dots measured, dashes fitted):"
                    + " p50 blue, p95 red</text>%n<text x=\"%d\" y=\"32\">At 20 million: p50 %.1f ms, p95 %.1f ms;"
                    + " Lucene files %,.0f MB</text>%n", left, left, p50.at(upTo), p95.at(upTo), mb.at(upTo)));
            s.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">people on the register</text>%n",
                    (left + right) / 2, bottom + 34));
            return s.append("</svg>\n").toString();
        }
    }
}
