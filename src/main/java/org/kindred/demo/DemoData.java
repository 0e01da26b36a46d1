package org.kindred.demo;

import org.kindred.access.DemoUsers;
import org.kindred.person.SyntheticRegister;
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
    private final DemoUsers users;
    private final SyntheticRegister register;
    private final boolean demo;

    DemoData(DemoUsers users, SyntheticRegister register, @Value("${kindred.demo:false}") boolean demo) {
        this.users = users;
        this.register = register;
        this.demo = demo;
    }

    public record Summary(int usersCreated, int peopleCreated, long millis) {
        @Override
        public String toString() {
            return "Demo data: " + usersCreated + " users, " + peopleCreated + " people in " + millis + " ms";
        }
    }

    public Summary generate(int people, long seed) {
        long start = System.currentTimeMillis();
        int u = users.ensure();
        int p = register.generateIfEmpty(people, seed);
        return new Summary(u, p, System.currentTimeMillis() - start);
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
