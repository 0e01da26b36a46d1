package org.kindred.person.internal.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Given names and surnames with their UK frequencies, from shared/matching/uk_names (ONS, Open Government
 * Licence v3.0). Without that folder a short built-in list keeps demo mode working, and says so.
 */
record NameSource(WeightedNames girls, WeightedNames boys, WeightedNames surnames) {
    private static final Logger log = LoggerFactory.getLogger(NameSource.class);

    static NameSource load(Path sharedDir) {
        Path names = sharedDir.resolve("matching/uk_names");
        Path given = names.resolve("ons_given_names_ew_1996_2024.csv");
        Path surnames = names.resolve("sdglinkage/lastname_uk.csv");
        if (Files.isReadable(given) && Files.isReadable(surnames)) {
            try {
                return new NameSource(WeightedNames.read(given, 1, 2, "F"), WeightedNames.read(given, 1, 2, "M"),
                        WeightedNames.read(surnames, 0, 1, null));
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot read UK name frequencies in {}: {}", names, e.toString());
            }
        }
        log.warn("UK name frequencies not found under {}: using a short built-in list", names.toAbsolutePath());
        return new NameSource(WeightedNames.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Sophia"),
                WeightedNames.of("Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar"),
                WeightedNames.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies"));
    }
}
