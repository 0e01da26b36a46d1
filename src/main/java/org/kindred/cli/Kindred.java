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
        java.util.Optional<Integer> served = servedByAnotherJvm(args);
        if (served.isPresent()) {
            System.exit(served.get());
        }
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

    /**
     * `serve`: the server's own JVM launched before the command line's model is built (a second saved on every start;
     * ClassDataSharing). The server parses the arguments itself and says what is wrong with them; help and version
     * are answered here.
     */
    private static java.util.Optional<Integer> servedByAnotherJvm(String[] args) {
        if (args.length == 0 || !args[0].equals("serve")) return java.util.Optional.empty();
        String dataDir = null;
        for (int i = 1; i < args.length; i++) {
            if (java.util.List.of("-h", "--help", "-V", "--version").contains(args[i])) return java.util.Optional.empty();
            if (args[i].equals("--data-dir") && i + 1 < args.length) dataDir = args[i + 1];
            if (args[i].startsWith("--data-dir=")) dataDir = args[i].substring("--data-dir=".length());
        }
        return ClassDataSharing.serve(java.util.Arrays.asList(args), dataDir);
    }
}
