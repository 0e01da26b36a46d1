package org.kindred.returns.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code returns}: tools for the DfE statutory returns (SSDA903, CIN census). */
@Command(name = "returns", mixinStandardHelpOptions = true,
        description = "Check DfE statutory returns (SSDA903 children looked after, CIN census).",
        subcommands = {ValidateCommand.class, ExportCommand.class, AnnexACommand.class})
public class ReturnsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;


    /**
     * `kindred returns validate ARGS` on its own, for the jar's entry point: picocli then reflects over one command
     * instead of the whole tree, whose other commands name Spring types that, in the fat jar, make the class
     * loader open every library. Same usage text and exit codes as the command in the tree. The JIT is set up for
     * the input's size first, before picocli's start-up gives the optimising compiler work.
     */
    public static int validate(String... args) {
        ShortRunCompiler.forInput(ValidateCommand.inputIn(args));
        return new CommandLine(new ValidateCommand()).setCommandName("kindred returns validate").execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
