package org.kindred.earlyhelp;

import java.util.Arrays;
import java.util.Optional;

/**
 * The interventions catalogue: each service with who it is for (age range and need), its default places (families
 * worked with at once; a start is refused when they are full; each authority sets its own: {@link InterventionPlaces})
 * and how its outcome is measured. MST is for young people
 * 11 to 17 at risk of care or custody (MST Services' model: a therapist holds 4 to 6 families for 3 to 5 months);
 * MST-FIT for those returning from residential care or custody.
 */
public enum Intervention {
    MST("MST", "Multisystemic therapy", 11, 17, "At risk of care or custody: offending, violence, school refusal", 24, Measure.MST),
    MST_FIT("MST-FIT", "MST family integrated transitions", 11, 17, "Returning home from residential care or custody", 8, Measure.MST),
    FGC("FGC", "Family group conference", 0, 17, "A family plan is needed: the family make it", 30, Measure.GOALS),
    PARENTING("PARENTING", "Parenting programme", 0, 17, "Parenting capacity, routines, boundaries", 40, Measure.GOALS),
    EDGE_OF_CARE("EDGE-OF-CARE", "Edge of care", 0, 17, "At risk of coming into care", 20, Measure.HOME_AND_GOALS),
    RESTORATIVE("RESTORATIVE", "Restorative practice", 8, 17, "Conflict or harm within the family or school", 25, Measure.GOALS);

    /**
     * Each service's own measures at the end: MST counts living at home, in education or work and no new offences;
     * edge of care, whose purpose is that the child stays at home, records living at home and scores goals 0 to 10;
     * the others score goals.
     */
    public enum Measure {
        MST("Living at home, in education or work, no new offences"),
        GOALS("Goal scores 0 to 10 at start and end"),
        HOME_AND_GOALS("Living at home; goal scores 0 to 10 at start and end");

        private final String description;

        Measure(String description) { this.description = description; }

        public String description() { return description; }

        /** Whether the young person lives at home at the end is recorded. */
        public boolean livingAtHome() { return this != GOALS; }

        /** In education or work and no new offences: MST's own. */
        public boolean educationAndOffences() { return this == MST; }

        public boolean goals() { return this != MST; }
    }

    private final String key;
    private final String title;
    private final int minAge;
    private final int maxAge;
    private final String need;
    private final int places;
    private final Measure measure;

    Intervention(String key, String title, int minAge, int maxAge, String need, int places, Measure measure) {
        this.key = key;
        this.title = title;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.need = need;
        this.places = places;
        this.measure = measure;
    }

    public String key() { return key; }

    public String title() { return title; }

    /** As a list shows it: "Multisystemic therapy (MST)". */
    public String label() { return title + " (" + key + ")"; }

    public int minAge() { return minAge; }

    public int maxAge() { return maxAge; }

    public String need() { return need; }

    /** The places when the authority has set none ({@code kindred.interventions.<key>.places}: {@link InterventionPlaces}). */
    public int defaultPlaces() { return places; }

    public Measure measure() { return measure; }

    /** By the short key used in addresses ("MST-FIT"), or by name. */
    public static Optional<Intervention> fromKey(String key) {
        if (key == null) return Optional.empty();
        String k = key.trim();
        return Arrays.stream(values()).filter(i -> i.key.equalsIgnoreCase(k) || i.name().equalsIgnoreCase(k)).findFirst();
    }
}
