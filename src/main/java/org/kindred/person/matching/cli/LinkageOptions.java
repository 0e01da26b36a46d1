package org.kindred.person.matching.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.kindred.person.matching.BatchLinker;
import org.kindred.person.matching.FellegiSunterScorer;
import org.kindred.person.matching.MatchingData;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every linkage subcommand shares. */
final class LinkageOptions {
    /** The subcommand these options are mixed into. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "febrl, kindred or splink (see docs/matching.md)")
    RecordFormat format;

    @Option(names = "--threshold", defaultValue = "" + BatchLinker.DEFAULT_THRESHOLD,
            description = "probability at or above which a pair is a match (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--data", description = "folder of nickname and name-frequency data laid out as the jar's reference/matching (default: the jar's own; docs/third-party.md)")
    Path data;

    /** Where the subcommand's messages go. */
    PrintWriter err() { return command.commandLine().getErr(); }

    /** Where the subcommand's results go. */
    PrintWriter out() { return command.commandLine().getOut(); }

    MatchingData loadData() {
        return data != null ? MatchingData.load(data) : MatchingData.loadDefault();
    }

    BatchLinker linker(MatchingData matchingData) {
        return new BatchLinker(matchingData, FellegiSunterScorer.create(matchingData));
    }

    /** Reads an input, or returns null after a one-line message when it is not there. */
    RecordFile read(Path path, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            err.println("match: cannot read input file " + path);
            return null;
        }
        return RecordFile.read(path, format, err);
    }

    static final class FormatConverter implements ITypeConverter<RecordFormat> {
        @Override
        public RecordFormat convert(String value) {
            return RecordFormat.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
