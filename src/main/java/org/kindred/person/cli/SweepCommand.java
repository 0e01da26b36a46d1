package org.kindred.person.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kindred.KindredApplication;
import org.kindred.person.DuplicateSweep;
import org.kindred.person.SweepProgress;
import org.kindred.person.matching.BatchLinker;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `kindred register sweep`: finds likely duplicates in the register and queues them for review. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Find likely duplicate records in the register and add them to the review queue "
                + "(/register/duplicates). Pairs judged 'not the same person' are never queued again.")
public class SweepCommand implements Callable<Integer> {
    @Option(names = "--threshold", description = "Match probability from which a pair is queued (default ${DEFAULT-VALUE}).")
    double threshold = BatchLinker.DEFAULT_THRESHOLD;

    @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (or KINDRED_DB_URL). Default: embedded.")
    String dbUrl;

    @Option(names = "--db-user", description = "Database user for --db-url (or KINDRED_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", description = "Database password for --db-url (or KINDRED_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--data-dir", description = "Where the embedded PostgreSQL keeps its data (default ./data).")
    String dataDir;

    @Override
    public Integer call() {
        if (threshold <= 0 || threshold >= 1) {
            System.err.println("--threshold must be between 0 and 1");
            return 2;
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KindredApplication.class)
                .web(WebApplicationType.NONE).run(arguments())) {
            SweepProgress p = ctx.getBean(DuplicateSweep.class).run(threshold);
            System.out.printf("%s: %d people checked, %d likely pairs, %d newly queued, in %.1f s%n", p.state(),
                    p.checked(), p.pairsFound(), p.pairsQueued(), p.took().toMillis() / 1000.0);
            return p.state() == SweepProgress.State.FINISHED ? 0 : 1;
        }
    }

    /** As command-line arguments, the options outrank application.properties and the environment. */
    private String[] arguments() {
        List<String> args = new ArrayList<>();
        add(args, "spring.datasource.url", dbUrl);
        add(args, "spring.datasource.username", dbUser);
        add(args, "spring.datasource.password", dbPassword);
        add(args, "kindred.data-dir", dataDir);
        return args.toArray(new String[0]);
    }

    private static void add(List<String> args, String property, String value) {
        if (value != null) {
            args.add("--" + property + "=" + value);
        }
    }
}
