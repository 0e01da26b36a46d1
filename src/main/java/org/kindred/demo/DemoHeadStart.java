package org.kindred.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.kindred.access.DemoUsers;
import org.kindred.person.SyntheticRegister;
import org.kindred.shared.database.AdvisoryLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * `serve --demo` on an empty database: the register and the demo users start as soon as Spring has made their
 * loaders (the migrations have run by then), while Spring still makes the rest of Kindred, seconds before the demo
 * county would otherwise begin. Most of the register's load is PostgreSQL's work and the users' is password hashing,
 * so they share the two cores with Spring's own start rather than waiting for it. {@link DemoData} takes their
 * results instead of doing the work itself.
 */
@Component
class DemoHeadStart {
    private static final Logger log = LoggerFactory.getLogger(DemoHeadStart.class);
    static final long SEED = 2026;
    /** The advisory lock key of making the demo users: "kindred users" folded to a long. */
    static final long USERS_LOCK = 0x6b696e6472656455L;
    private final LocalDate today;
    private final int size;
    private final CompletableFuture<Integer> people;
    private final CompletableFuture<Integer> users;

    /**
     * @param transactions unused here, but made before the threads start: their first transaction would otherwise make
     *                     it from another thread while Spring's main thread is making beans
     */
    DemoHeadStart(SyntheticRegister register, DemoUsers users, Clock clock, PlatformTransactionManager transactions,
                  DataSource dataSource,
                  @Value("${kindred.demo:false}") boolean demo, @Value("${kindred.demo.people:150000}") int people) {
        this.today = LocalDate.now(clock);
        this.size = people;
        this.people = demo ? start("demo-register", () -> {
            long start = System.currentTimeMillis();
            int loaded = register.generateIfEmpty(size, SEED, today);
            if (loaded > 0) {
                log.info("Demo county: register loaded beside Spring's start: {} people in {} ms", loaded,
                        System.currentTimeMillis() - start);
            }
            return loaded;
        }) : null;
        // Under a lock of their own (not the county's, which DemoData holds while it waits for them): two nodes
        // started together make the users once.
        this.users = demo ? start("demo-users", () -> AdvisoryLock.holding(dataSource, USERS_LOCK, "the demo users",
                users::ensure)) : null;
    }

    private static CompletableFuture<Integer> start(String name, Supplier<Integer> work) {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Whether the head start made this very county (the same size, seed and day). */
    boolean made(int people, long seed, LocalDate today) {
        return this.people != null && people == size && seed == SEED && today.equals(this.today);
    }

    /** The people the head start loaded into the register, once it has. */
    int people() {
        return people.join();
    }

    /** The demo users the head start created, once it has. */
    int users() {
        return users.join();
    }
}
