package org.kindred.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module asks for "today" and "now" (inject {@link Clock}; never call {@code LocalDate.now()}
 * without it). UK time. {@code kindred.clock.today=YYYY-MM-DD} moves the whole application to that date while
 * time still runs, so the suite can prove it passes on any date (issue 12: CI runs it at 2 April 2027 and
 * 31 December 2029).
 */
@Configuration(proxyBeanMethods = false)
public class ApplicationClock {
    @Bean
    Clock clock(@Value("${kindred.clock.today:}") String today) {
        return at(today, Clock.system(UkTime.ZONE));
    }

    /** The system clock, or that clock moved so that its date is {@code today} (empty: not moved). */
    public static Clock at(String today, Clock system) {
        if (today == null || today.isBlank()) return system;
        ZonedDateTime now = ZonedDateTime.now(system);
        // The same time of day on the chosen date, in UK time (summer time or not), however many days away.
        ZonedDateTime moved = now.with(LocalDate.parse(today.strip()));
        return Clock.offset(system, Duration.between(now.toInstant(), moved.toInstant()));
    }
}
