package org.kindred.cli;

import org.kindred.person.cli.RegisterCommand;
import org.kindred.person.matching.cli.MatchCommand;
import org.kindred.returns.cli.ReturnsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one command line of Kindred: every batch job an authority runs, and the server itself. */
@Command(name = "kindred", mixinStandardHelpOptions = true, version = "Kindred 0.1",
        description = "Case management for children's social care.",
        subcommands = {ServeCommand.class, UsersCommand.class, DemoDataCommand.class, ReturnsCommand.class,
            MatchCommand.class, RegisterCommand.class, org.kindred.geography.cli.PostcodesCommand.class,
            AuditCommand.class, BackupCommand.class, RestoreCommand.class, WorkforceCommand.class})
public class KindredCommand {
    private static volatile boolean serving;

    /** The whole command tree. */
    public static CommandLine commandLine() {
        return new CommandLine(new KindredCommand());
    }

    /** True once `serve` has started the web server: the JVM must then stay up. */
    public static boolean servingStarted() { return serving; }

    static void markServing() { serving = true; }
}
