package org.kindred.returns.cli;

import picocli.CommandLine.Command;

/** {@code returns}: tools for the DfE statutory returns (SSDA903, CIN census). */
@Command(name = "returns", mixinStandardHelpOptions = true,
        description = "Check DfE statutory returns (SSDA903 children looked after, CIN census).",
        subcommands = {ValidateCommand.class, ExportCommand.class, AnnexACommand.class})
public class ReturnsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;


    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
