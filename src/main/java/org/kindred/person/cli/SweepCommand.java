package org.kindred.person.cli;

import java.util.concurrent.Callable;
import org.kindred.KindredApplication;
import org.kindred.person.DuplicateSweep;
import org.kindred.person.SweepProgress;
import org.kindred.person.matching.BatchLinker;
import org.kindred.shared.database.ConnectionOptions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `kindred register sweep`: finds likely duplicates in the register and queues them for review. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Find likely duplicate records in the register and add them to the review queue "
                + "(/register/duplicates). Pairs judged 'not the same person' are never queued again.")
public class SweepCommand implements Callable<Integer> {
    @Option(names = "--threshold", description = "Match probability from which a pair is queued (default ${DEFAULT-VALUE}).")
    double threshold = BatchLinker.DEFAULT_THRESHOLD;

    @Mixin
    ConnectionOptions database = new ConnectionOptions();

    @Override
    public Integer call() {
        if (threshold <= 0 || threshold >= 1) {
            System.err.println("--threshold must be between 0 and 1");
            return 2;
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KindredApplication.class)
                .web(WebApplicationType.NONE).run(database.arguments())) {
            SweepProgress p = ctx.getBean(DuplicateSweep.class).run(threshold);
            System.out.printf("%s: %d people checked, %d likely pairs, %d newly queued, in %.1f s%n", p.state(),
                    p.checked(), p.pairsFound(), p.pairsQueued(), p.took().toMillis() / 1000.0);
            return p.state() == SweepProgress.State.FINISHED ? 0 : 1;
        }
    }
}
