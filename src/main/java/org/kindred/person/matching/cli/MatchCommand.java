package org.kindred.person.matching.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kindred match}: batch record linkage with the person matching engine. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Find the same person within one file (dedupe) or across two (link).",
        subcommands = {DedupeCommand.class, LinkCommand.class, EvaluateCommand.class, EstimateCommand.class})
public class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
