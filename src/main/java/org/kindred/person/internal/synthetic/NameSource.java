package org.kindred.person.internal.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.kindred.person.matching.ReferenceFiles;

/**
 * Given names and surnames with their UK frequencies (ONS, Open Government Licence v3.0), read from the same
 * reference files as matching: the jar's own unless a folder is configured (docs/third-party.md).
 */
record NameSource(WeightedNames girls, WeightedNames boys, WeightedNames surnames) {

    static NameSource load(ReferenceFiles files) {
        String given = "uk_names/ons_given_names_ew_1996_2024.csv";
        try {
            return new NameSource(WeightedNames.read(files, given, 1, 2, "F"), WeightedNames.read(files, given, 1, 2, "M"),
                    WeightedNames.read(files, "uk_names/sdglinkage/lastname_uk.csv", 0, 1, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo's UK names in " + files.describe(), e);
        }
    }
}
