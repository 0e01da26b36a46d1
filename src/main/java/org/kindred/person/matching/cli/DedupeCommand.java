package org.kindred.person.matching.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kindred.person.matching.MatchedPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code match dedupe}: pairs of records in one file that are the same person. */
@Command(name = "dedupe", mixinStandardHelpOptions = true, description = "Find duplicate people within one file.")
class DedupeCommand implements Callable<Integer> {
    @Mixin
    LinkageOptions options = new LinkageOptions();

    @Option(names = "--in", required = true, description = "input CSV")
    Path in;

    @Option(names = "--out", required = true, description = "PAIRS.csv to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = options.err();
        RecordFile file = options.read(in, err);
        if (file == null) {
            return 2;
        }
        List<MatchedPair> pairs = options.linker(options.loadData()).dedupe(file.people(), options.threshold);
        PairsFile.write(out, pairs);
        err.printf("match dedupe: %d records read, %d malformed rows skipped, %d pairs written to %s%n",
                file.people().size(), file.malformed(), pairs.size(), out);
        err.flush();
        return 0;
    }
}
