package org.kindred.person.matching.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kindred.person.matching.MatchedPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code match link}: pairs of one record from each file that are the same person. */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Link the people in two files.")
class LinkCommand implements Callable<Integer> {
    @Mixin
    LinkageOptions options = new LinkageOptions();

    @Option(names = "--left", required = true, description = "first input CSV (left_id)")
    Path left;

    @Option(names = "--right", required = true, description = "second input CSV (right_id)")
    Path right;

    @Option(names = "--out", required = true, description = "PAIRS.csv to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = options.err();
        RecordFile a = options.read(left, err);
        RecordFile b = a == null ? null : options.read(right, err);
        if (b == null) {
            return 2;
        }
        List<MatchedPair> pairs = options.linker(options.loadData()).link(a.people(), b.people(), options.threshold);
        PairsFile.write(out, pairs);
        err.printf("match link: %d + %d records read, %d malformed rows skipped, %d pairs written to %s%n",
                a.people().size(), b.people().size(), a.malformed() + b.malformed(), pairs.size(), out);
        err.flush();
        return 0;
    }
}
