package org.kindred.person.matching.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kindred.person.matching.MatchingData;
import org.kindred.person.matching.ModelParameters;
import org.kindred.person.matching.ParameterEstimator;
import org.kindred.person.matching.PersonRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code match estimate}: re-estimate the model's m and u from unlabelled files (labels are never read). */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate m (EM) and u (random pairs) from unlabelled files; write model.properties.")
class EstimateCommand implements Callable<Integer> {
    @Mixin
    LinkageOptions options = new LinkageOptions();

    @Option(names = "--in", required = true, description = "input CSV (repeatable)")
    List<Path> in;

    @Option(names = "--out", required = true, description = "properties file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = options.err();
        List<List<PersonRecord>> files = new ArrayList<>();
        for (Path path : in) {
            RecordFile file = options.read(path, err);
            if (file == null) {
                return 2;
            }
            files.add(file.people());
        }
        MatchingData data = options.loadData();
        ModelParameters estimated = new ParameterEstimator(data, ModelParameters.startingValues()).estimate(files, 20261123L);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            estimated.write(w, "estimated by `kindred match estimate --format " + options.format.name().toLowerCase()
                    + " " + in.stream().map(p -> "--in " + p.getFileName()).reduce((a, b) -> a + " " + b).orElse("")
                    + "`: u from random pairs, m and prior by EM; fields absent from the input keep their previous values");
        }
        err.println("match estimate: wrote " + out);
        err.flush();
        return 0;
    }
}
