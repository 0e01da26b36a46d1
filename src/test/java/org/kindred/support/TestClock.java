package org.kindred.support;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.kindred.shared.time.ApplicationClock;

/**
 * The tests' "today": the same clock as the application's, moved by the same setting (KINDRED_CLOCK_TODAY or
 * -Dkindred.clock.today), so CI can run the suite on other dates (issue 12). No test reads the wall clock itself.
 */
public final class TestClock {
    public static final Clock CLOCK = ApplicationClock.at(setting(), Clock.system(UkTime.ZONE));

    private TestClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    private static String setting() {
        String property = System.getProperty("kindred.clock.today");
        return property != null ? property : System.getenv("KINDRED_CLOCK_TODAY");
    }
}
