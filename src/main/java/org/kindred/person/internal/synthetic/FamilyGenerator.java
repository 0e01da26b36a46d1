package org.kindred.person.internal.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Households of one or two adults and their children, with names drawn by UK frequency, dates of birth
 * spread over childhood, and identifiers from ranges reserved for test data.
 */
final class FamilyGenerator {
    private static final String[] STREETS = {"Acacia Road", "Church Lane", "Mill Street", "Station Road", "Park View",
        "Orchard Close", "Victoria Street", "The Green", "Meadow Way", "School Lane", "Oak Avenue", "Brook Street"};
    private static final String[] TOWNS = {"Kingsford", "Ashbury", "Millbrook", "Elmstead", "Harrowgate Vale", "Westmere"};
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC",
        "AIND", "APKN", "BAFR", "BCRB", "CHNE", "MOTH", "AOTH", "WIRI", "NOBT"};

    record Member(long id, String kind, String given, String family, LocalDate dob, LocalDate expected, String sex,
                  String ethnicity, String nhs, String upn) {
    }

    record Household(String line1, String town, String postcode, List<Member> members, List<long[]> relationships,
                     List<String> relationshipKinds) {
    }

    private final NameSource names;
    private final Random random;
    private final LocalDate today;
    private final String laCode;
    private long nextId;

    FamilyGenerator(NameSource names, long seed, LocalDate today, long firstId, String laCode) {
        this.names = names;
        this.laCode = laCode;
        this.random = new Random(seed);
        this.today = today;
        this.nextId = firstId;
    }

    Household next() {
        String surname = names.surnames().draw(random);
        String ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
        List<Member> members = new ArrayList<>();
        List<long[]> rel = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Member mother = adult("FEMALE", random.nextInt(10) < 8 ? surname : names.surnames().draw(random), ethnicity);
        members.add(mother);
        Member father = random.nextInt(10) < 7 ? adult("MALE", surname, ethnicity) : null;
        if (father != null) {
            members.add(father);
        }
        int children = 1 + random.nextInt(4);
        List<Member> kids = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            Member child = child(surname, ethnicity);
            kids.add(child);
            members.add(child);
            link(rel, kinds, child, mother, "MOTHER");
            if (father != null) {
                link(rel, kinds, child, father, "FATHER");
            }
        }
        for (Member a : kids) {
            for (Member b : kids) {
                if (a != b) {
                    link(rel, kinds, a, b, "SIBLING");
                }
            }
        }
        return new Household((1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)],
                TOWNS[random.nextInt(TOWNS.length)], SyntheticIdentifiers.postcode(random), members, rel, kinds);
    }

    private static void link(List<long[]> rel, List<String> kinds, Member person, Member related, String kind) {
        rel.add(new long[] {person.id(), related.id()});
        kinds.add(kind);
    }

    private Member adult(String sex, String surname, String ethnicity) {
        LocalDate dob = today.minusYears(19 + random.nextInt(36)).minusDays(random.nextInt(365));
        return new Member(nextId++, "ADULT", given(sex), surname, dob, null, sex, ethnicity,
                random.nextInt(10) < 9 ? SyntheticIdentifiers.nhsNumber(random) : null, null);
    }

    private Member child(String surname, String ethnicity) {
        String sex = random.nextBoolean() ? "FEMALE" : "MALE";
        if (random.nextInt(200) == 0) {
            return new Member(nextId++, "UNBORN", "Baby", surname, null, today.plusDays(7 + random.nextInt(200)),
                    "UNKNOWN", ethnicity, null, null);
        }
        LocalDate dob = today.minusDays(random.nextInt(18 * 365));
        boolean schoolAge = dob.isBefore(today.minusYears(4));
        return new Member(nextId++, "CHILD", given(sex), surname, dob, null, sex, ethnicity,
                random.nextInt(20) < 19 ? SyntheticIdentifiers.nhsNumber(random) : null,
                schoolAge && random.nextInt(10) < 9 ? SyntheticIdentifiers.upn(random, laCode) : null);
    }

    private String given(String sex) {
        return ("FEMALE".equals(sex) ? names.girls() : names.boys()).draw(random);
    }
}
