package org.kindred.person.matching;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * How common each name is in England and Wales, for term-frequency adjustment: agreeing on
 * "Smith" is weaker evidence than agreeing on "Okonkwo-Hale". Given names from ONS birth
 * registrations 1996-2024, surnames from the sdglinkage (ONS) surname table.
 */
public final class NameFrequencies {

    private final Map<String, Double> given = new HashMap<>();
    private final Map<String, Double> family = new HashMap<>();

    public static NameFrequencies load(ReferenceFiles files) throws IOException {
        NameFrequencies frequencies = new NameFrequencies();
        Map<String, Double> counts = new HashMap<>();
        double total = 0;
        for (String[] row : DataFiles.rows(files, "uk_names/ons_given_names_ew_1996_2024.csv")) {
            double count = Double.parseDouble(row[2]);
            counts.merge(Names.normalise(row[1]), count, Double::sum);
            total += count;
        }
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            frequencies.given.put(e.getKey(), e.getValue() / total);
        }
        for (String[] row : DataFiles.rows(files, "uk_names/sdglinkage/lastname_uk.csv")) {
            frequencies.family.put(Names.normalise(row[0]), Double.parseDouble(row[1]));
        }
        return frequencies;
    }

    public static NameFrequencies none() {
        return new NameFrequencies();
    }

    /** Share of people with this given name, or NaN when the name is not in the table. */
    public double givenShare(String name) {
        return given.getOrDefault(name, Double.NaN);
    }

    /** Share of people with this surname, or NaN when the name is not in the table. */
    public double familyShare(String name) {
        return family.getOrDefault(name, Double.NaN);
    }

    /** Given names with their shares: the synthetic register in bench/ draws from these. */
    public Map<String, Double> givenShares() {
        return Map.copyOf(given);
    }

    public Map<String, Double> familyShares() {
        return Map.copyOf(family);
    }
}
