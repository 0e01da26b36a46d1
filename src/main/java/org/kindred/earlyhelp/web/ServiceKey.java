package org.kindred.earlyhelp.web;

import java.time.LocalDate;
import org.kindred.earlyhelp.Intervention;
import org.kindred.shared.DateInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;

/** The {service} in an address (MST, MST-FIT, FGC...) and a period typed as ISO dates. */
final class ServiceKey {
    private ServiceKey() {
    }

    static Intervention of(String key) {
        return Intervention.fromKey(key).orElseThrow(() -> new NotFound("Intervention service " + key));
    }

    /** The period: {@code from} and {@code to} as typed, defaulting to the year to today; problems name the field. */
    static LocalDate[] period(String from, String to, LocalDate today) {
        Problems p = new Problems();
        LocalDate t = to == null || to.isBlank() ? today : DateInput.iso(p, "to", to, "To");
        LocalDate f = from == null || from.isBlank() ? (t == null ? today : t).minusYears(1).plusDays(1)
                : DateInput.iso(p, "from", from, "From");
        if (f != null && t != null && f.isAfter(t)) p.add("from", "From must be on or before to");
        p.throwIfAny();
        return new LocalDate[] {f, t};
    }
}
