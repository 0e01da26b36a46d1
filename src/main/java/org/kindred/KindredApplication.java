package org.kindred;

import org.kindred.cli.KindredCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import picocli.CommandLine;

/** Kindred: one jar that serves the pages and the API, and runs the batch commands. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class KindredApplication {

    public static void main(String[] args) {
        int exit = new CommandLine(new KindredCommand()).execute(args.length == 0 ? new String[] {"--help"} : args);
        if (exit != 0 || !KindredCommand.servingStarted()) {
            System.exit(exit);
        }
    }
}
