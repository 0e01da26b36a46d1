package org.kindred.returns.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code returns}: tools for the DfE statutory returns (SSDA903, CIN census). */
@Command(name = "returns", mixinStandardHelpOptions = true,
        description = "Check DfE statutory returns (SSDA903 children looked after, CIN census).",
        subcommands = {ValidateCommand.class, ExportCommand.class, AnnexACommand.class,
            org.kindred.returns.imports.ImportCommand.class})
public class ReturnsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;


    /**
     * `kindred returns validate ARGS` on its own, for the jar's entry point: picocli then reflects over one command
     * instead of the whole tree, whose other commands name Spring types that, in the fat jar, make the class
     * loader open every library; and arguments of the usual shape skip picocli altogether (PlainArguments). Same usage
     * text, output and exit codes as the command in the tree. A large input goes to a second JVM ({@link BatchJvm}); else the
     * JIT is set up for the input's size first.
     */
    public static int validate(String... args) {
        java.nio.file.Path input = ValidateCommand.inputIn(args);
        int inBatchJvm = BatchJvm.run(input);
        if (inBatchJvm >= 0) {
            return inBatchJvm;
        }
        ShortRunCompiler.forInput(input);
        ValidateCommand plain = PlainArguments.parse(args);
        if (plain != null) {
            return PlainArguments.run(plain);
        }
        // Bare `kindred` and `returns` parents, so that messages name the argument's index as the whole tree does.
        CommandLine validate = new CommandLine(new ValidateCommand());
        CommandLine returns = new CommandLine(CommandLine.Model.CommandSpec.create().name("returns"))
                .addSubcommand("validate", validate);
        CommandLine root = new CommandLine(CommandLine.Model.CommandSpec.create().name("kindred")).addSubcommand("returns", returns);
        String[] all = new String[args.length + 2];
        all[0] = "returns";
        all[1] = "validate";
        System.arraycopy(args, 0, all, 2, args.length);
        return root.execute(all);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
