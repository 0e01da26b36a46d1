package org.kindred.demo;

import org.kindred.access.DemoUsers;
import org.kindred.person.SyntheticRegister;
import org.kindred.shared.demo.DemoStep;
import org.kindred.shared.demo.DemoStep.DemoContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Fills an empty Kindred with synthetic users and people; run by `demo-data` and by `serve --demo`. */
@Service
public class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private final DemoUsers users;
    private final SyntheticRegister register;
    private final List<DemoStep> steps;
    private final boolean demo;

    DemoData(DemoUsers users, SyntheticRegister register, List<DemoStep> steps,
             @Value("${kindred.demo:false}") boolean demo) {
        this.users = users;
        this.register = register;
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.demo = demo;
    }

    public record Summary(int usersCreated, int peopleCreated, List<String> steps, long millis) {
        @Override
        public String toString() {
            return "Demo data: " + usersCreated + " users, " + peopleCreated + " people"
                    + (steps.isEmpty() ? "" : "; " + String.join("; ", steps)) + " in " + millis + " ms";
        }
    }

    public Summary generate(int people, long seed) {
        return generate(people, seed, LocalDate.now());
    }

    /** The register first, then each module's step in order: later steps build on earlier ones' records. */
    public Summary generate(int people, long seed, LocalDate today) {
        long start = System.currentTimeMillis();
        int u = users.ensure();
        int p = register.generateIfEmpty(people, seed, today);
        List<String> done = new ArrayList<>();
        for (DemoStep step : steps) {
            long t = System.currentTimeMillis();
            done.add(step.generate(new DemoContext(today, seed)) + " (" + (System.currentTimeMillis() - t) + " ms)");
        }
        return new Summary(u, p, done, System.currentTimeMillis() - start);
    }

    // First among the start-up listeners: the search index is built from the register after this.
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onStart() {
        if (demo) {
            log.info("{}", generate(150_000, 2026));
        }
    }
}
