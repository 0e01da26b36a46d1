package org.kindred.person.matching.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kindred.person.matching.LinkageQuality;
import org.kindred.person.matching.MatchedPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code match evaluate}: dedupe a file whose true entities are known and print precision, recall and F1. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Dedupe a labelled file and report pairwise precision, recall and F1.")
class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LinkageOptions options = new LinkageOptions();

    @Option(names = "--in", required = true, description = "labelled input CSV")
    Path in;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RecordFile file = options.read(in, err);
        if (file == null) {
            return 2;
        }
        long started = System.nanoTime();
        List<MatchedPair> pairs = options.linker(options.loadData()).dedupe(file.people(), options.threshold);
        LinkageQuality quality = LinkageQuality.ofDedupe(pairs, file.entityOf());
        spec.commandLine().getOut().printf("%s threshold %.2f: %s in %d ms%n", in.getFileName(), options.threshold,
                quality, (System.nanoTime() - started) / 1_000_000);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
