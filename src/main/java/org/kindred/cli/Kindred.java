package org.kindred.cli;

import org.kindred.returns.cli.ReturnsCommand;

/** The jar's entry point: `java -jar kindred.jar <command>`. */
public final class Kindred {
    private Kindred() {
    }

    public static void main(String[] args) {
        // Without this picocli looks for Groovy's Closure class: in the fat jar a class found nowhere costs opening
        // all of its libraries, a few tenths of a second of `returns validate`.
        System.setProperty("picocli.disable.closures", "true");
        int exit;
        if (args.length >= 2 && args[0].equals("returns") && args[1].equals("validate")) {
            exit = ReturnsCommand.validate(java.util.Arrays.copyOfRange(args, 2, args.length));
        } else {
            exit = KindredCommand.commandLine().execute(args.length == 0 ? new String[] {"--help"} : args);
        }
        // `serve` returns once the server is up; the server's threads keep the JVM alive.
        if (exit != 0 || !KindredCommand.servingStarted()) {
            System.exit(exit);
        }
    }
}
