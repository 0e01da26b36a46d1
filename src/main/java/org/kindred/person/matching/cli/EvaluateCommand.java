package org.kindred.person.matching.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kindred.person.matching.LinkageQuality;
import org.kindred.person.matching.MatchedPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code match evaluate}: dedupe a file whose true entities are known and print precision, recall and F1. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Dedupe a labelled file and report pairwise precision, recall and F1.")
class EvaluateCommand implements Callable<Integer> {
    @Mixin
    LinkageOptions options = new LinkageOptions();

    @Option(names = "--in", required = true, description = "labelled input CSV")
    Path in;

    @Option(names = "--sweep", description = "also report thresholds 0.5, 0.8, 0.9, 0.95 and 0.99")
    boolean sweep;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = options.err();
        RecordFile file = options.read(in, err);
        if (file == null) {
            return 2;
        }
        long started = System.nanoTime();
        double lowest = sweep ? Math.min(0.5, options.threshold) : options.threshold;
        List<MatchedPair> pairs = options.linker(options.loadData()).dedupe(file.people(), lowest);
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<Double> thresholds = sweep ? List.of(0.5, 0.8, 0.9, 0.95, 0.99, options.threshold) : List.of(options.threshold);
        for (double threshold : new java.util.TreeSet<>(thresholds)) {
            List<MatchedPair> kept = pairs.stream().filter(p -> p.probability() >= threshold).toList();
            options.out().printf("%s threshold %.2f: %s in %d ms%n", in.getFileName(), threshold,
                    LinkageQuality.ofDedupe(kept, file.entityOf()), millis);
        }
        options.out().flush();
        return 0;
    }
}
