package org.kindred.workforce.internal;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.kindred.workforce.Asye;
import org.kindred.workforce.StaffRole;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * When supervision is next due, by the authority's policy. Defaults: every 30 days for every case-holding role
 * ({@code kindred.workforce.supervision.days.<ROLE>}, or {@code kindred.workforce.supervision.days} for all); an
 * ASYE as Skills for Care's ASYE framework advises: weekly for the first 6 weeks, fortnightly to 6 months, then the
 * ASYE role's frequency ({@code kindred.workforce.supervision.asye-first-weeks-days}, {@code ...asye-first-months-days}).
 */
@Component
@RequiredArgsConstructor
class SupervisionDue {
    private final Environment env;

    /** @param last the last supervision (null: none yet, counted from the start); @param asye null when none */
    LocalDate next(StaffRole role, LocalDate start, LocalDate last, Asye asye) {
        LocalDate from = last == null ? start : last;
        return from.plusDays(interval(role, from, asye));
    }

    int interval(StaffRole role, LocalDate from, Asye asye) {
        if (asye != null && !from.isBefore(asye.start()) && from.isBefore(asye.end())) {
            if (from.isBefore(asye.start().plusWeeks(6))) {
                return env.getProperty("kindred.workforce.supervision.asye-first-weeks-days", Integer.class, 7);
            }
            if (from.isBefore(asye.start().plusMonths(6))) {
                return env.getProperty("kindred.workforce.supervision.asye-first-months-days", Integer.class, 14);
            }
            role = StaffRole.ASYE;
        }
        int all = env.getProperty("kindred.workforce.supervision.days", Integer.class, 30);
        return env.getProperty("kindred.workforce.supervision.days." + role.name(), Integer.class, all);
    }
}
