package org.kindred.fostering.demo;

import java.util.Random;

/** Synthetic carers' names and fictional ZY postcodes: never real people, never real places. */
final class DemoNames {
    static final String[] GIVEN = {"Amara", "Ben", "Chloe", "Dev", "Ellen", "Farid", "Grace", "Hamza", "Isla", "Jon",
            "Kemi", "Liam", "Maya", "Nadia", "Owen", "Priya", "Rhys", "Sana", "Tom", "Uma", "Vik", "Wendy", "Yusuf", "Zoe"};
    static final String[] FAMILY = {"Adeyemi", "Bennett", "Carter", "Dhillon", "Evans", "Fletcher", "Gill", "Hughes",
            "Iqbal", "Jones", "Kowalski", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn", "Roberts", "Shah",
            "Taylor", "Usman", "Vaughan", "Walsh", "Young"};

    private DemoNames() {
    }

    static String adult(Random r) { return GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)]; }

    static String family(Random r) { return FAMILY[r.nextInt(FAMILY.length)]; }

    static String postcode(Random r) {
        return "ZY" + (1 + r.nextInt(99)) + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }
}
