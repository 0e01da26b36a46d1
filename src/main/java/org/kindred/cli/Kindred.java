package org.kindred.cli;

import picocli.CommandLine;

/** The jar's entry point: `java -jar kindred.jar <command>`. */
public final class Kindred {
    private Kindred() {
    }

    public static void main(String[] args) {
        int exit = KindredCommand.commandLine().execute(args.length == 0 ? new String[] {"--help"} : args);
        // `serve` returns once the server is up; the server's threads keep the JVM alive.
        if (exit != 0 || !KindredCommand.servingStarted()) {
            System.exit(exit);
        }
    }
}
