package org.kindred.earlyhelp;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Each service's places (families worked with at once), as the authority commissions them: the setting
 * {@code kindred.interventions.<key>.places} (key in lower case: {@code mst}, {@code mst-fit}, {@code fgc},
 * {@code parenting}, {@code edge-of-care}, {@code restorative}; environment {@code KINDRED_INTERVENTIONS_MST_PLACES}),
 * else the catalogue's default. Read once at start: a change of commissioning is a restart, not a page.
 */
@Component
public class InterventionPlaces {
    private final Map<Intervention, Integer> places = new EnumMap<>(Intervention.class);

    public InterventionPlaces(Environment env) {
        for (Intervention s : Intervention.values()) {
            String name = setting(s);
            Integer n = env.getProperty(name, Integer.class, s.defaultPlaces());
            if (n < 1 || n > 10_000) {
                throw new IllegalStateException(name + " must be a number of places from 1 to 10000, not " + n);
            }
            places.put(s, n);
        }
    }

    /** The setting's name: {@code kindred.interventions.mst-fit.places}. */
    public static String setting(Intervention s) {
        return "kindred.interventions." + s.key().toLowerCase(java.util.Locale.ROOT) + ".places";
    }

    public int of(Intervention s) { return places.get(s); }
}
