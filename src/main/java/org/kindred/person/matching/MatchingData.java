package org.kindred.person.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The reference data matching reads at runtime: nicknames and name frequencies. They stay in
 * shared/matching (their licences travel with them) rather than being copied into the jar.
 * The folder is {@code -Dkindred.matching.data}, else {@code $KINDRED_MATCHING_DATA}, else {@code ../shared/matching}.
 */
public record MatchingData(NameVariants variants, NameFrequencies frequencies) {

    public static final String PROPERTY = "kindred.matching.data";

    public static Path defaultDirectory() {
        String configured = System.getProperty(PROPERTY, System.getenv("KINDRED_MATCHING_DATA"));
        return Path.of(configured != null ? configured : "../shared/matching");
    }

    public static MatchingData load(Path directory) {
        try {
            return new MatchingData(NameVariants.load(directory), NameFrequencies.load(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read matching data under " + directory.toAbsolutePath(), e);
        }
    }

    public static MatchingData loadDefault() {
        return load(defaultDirectory());
    }
}
