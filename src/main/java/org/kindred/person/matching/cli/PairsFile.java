package org.kindred.person.matching.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kindred.person.matching.MatchedPair;

/** Writes PAIRS.csv: header left_id,right_id,probability, one matched pair per line. */
final class PairsFile {

    private PairsFile() {
    }

    static void write(Path out, List<MatchedPair> pairs) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("left_id,right_id,probability\n");
            for (MatchedPair pair : pairs) {
                w.write(String.format(Locale.ROOT, "%s,%s,%.6f%n", quote(pair.leftId()), quote(pair.rightId()), pair.probability()));
            }
        }
    }

    private static String quote(String id) {
        return id.contains(",") || id.contains("\"") ? '"' + id.replace("\"", "\"\"") + '"' : id;
    }
}
