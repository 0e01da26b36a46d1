package org.kindred.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.kindred.access.DemoUsers;
import org.kindred.person.SyntheticRegister;
import org.kindred.shared.database.AdvisoryLock;
import org.kindred.shared.demo.DemoStep;
import org.kindred.shared.demo.DemoStep.DemoContext;
import org.kindred.shared.loading.StartupWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** Fills an empty Kindred with synthetic users and people; run by `demo-data` and by `serve --demo`. */
@Service
public class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** The register is about two fifths of the work; the modules' steps share the rest. */
    private static final double REGISTER_SHARE = 0.4;
    private final DemoUsers users;
    private final SyntheticRegister register;
    private final List<DemoStep> steps;
    private final Clock clock;
    private final boolean demo;
    private final StartupWork.Task loading;
    private final DemoHeadStart headStart;
    private final DataSource dataSource;
    private final int people;
    /** The advisory lock key of demo generation: "kindred demo" in ASCII. */
    static final long LOCK = 0x6b696e6472656444L;

    DemoData(DemoUsers users, SyntheticRegister register, DemoHeadStart headStart, List<DemoStep> steps, Clock clock,
             StartupWork work, @Value("${kindred.demo:false}") boolean demo,
             @Value("${kindred.demo.people:150000}") int people, DataSource dataSource) {
        this.dataSource = dataSource;
        this.people = people;
        this.users = users;
        this.register = register;
        this.headStart = headStart;
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.clock = clock;
        this.demo = demo;
        // Said now, so that readiness waits for the county from the first moment.
        this.loading = demo ? work.expect("the demo county", 80) : null;
    }

    public record Summary(int usersCreated, int peopleCreated, List<String> steps, long millis) {
        @Override
        public String toString() {
            return "Demo data: " + usersCreated + " users, " + peopleCreated + " people"
                    + (steps.isEmpty() ? "" : "; " + String.join("; ", steps)) + " in " + millis + " ms";
        }
    }

    public Summary generate(int people, long seed) {
        return generate(people, seed, LocalDate.now(clock));
    }

    /**
     * The register first, then each module's step in order: later steps build on earlier ones' records. One Kindred at
     * a time: two nodes started together on one database take turns (a PostgreSQL advisory lock, released when its
     * holder's connection ends, even by a crash); the second finds the county there and adds nothing.
     */
    public Summary generate(int people, long seed, LocalDate today) {
        return AdvisoryLock.holding(dataSource, LOCK, "the demo county", () -> generateHoldingLock(people, seed, today));
    }

    private Summary generateHoldingLock(int people, long seed, LocalDate today) {
        long start = System.currentTimeMillis();
        int p;
        int u;
        if (headStart.made(people, seed, today)) {
            p = headStart.people();
            u = headStart.users();
        } else {
            // The users' password hashes take a second of CPU: on the other core, while the register loads.
            CompletableFuture<Integer> demoUsers = CompletableFuture.supplyAsync(users::ensure);
            p = register.generateIfEmpty(people, seed, today);
            u = demoUsers.join();
        }
        log.info("Demo county: register of {} people in {} ms", p, System.currentTimeMillis() - start);
        progress(0);
        List<String> done = new ArrayList<>();
        for (DemoStep step : steps) {
            long t = System.currentTimeMillis();
            String summary = step.generate(new DemoContext(today, seed)) + " (" + (System.currentTimeMillis() - t) + " ms)";
            done.add(summary);
            progress(done.size());
            log.info("Demo county: {}", summary);
        }
        return new Summary(u, p, done, System.currentTimeMillis() - start);
    }

    private void progress(int stepsDone) {
        if (loading != null) loading.progress(REGISTER_SHARE + (1 - REGISTER_SHARE) * stepsDone / Math.max(1, steps.size()));
    }

    // First among the start-up listeners: the search index is built from the register as soon as it is there.
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onStart() {
        if (demo) {
            try {
                log.info("{}", generate(people, DemoHeadStart.SEED));
            } finally {
                loading.finish();
            }
        }
    }
}
