package org.kindred.person.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The reference data matching reads: nicknames and name frequencies. Shipped in the jar (docs/third-party.md);
 * a folder laid out the same way replaces it when named by {@code -Dkindred.matching.data} or
 * {@code $KINDRED_MATCHING_DATA} (or a command's {@code --data}).
 */
public record MatchingData(NameVariants variants, NameFrequencies frequencies) {

    public static final String PROPERTY = "kindred.matching.data";

    public static MatchingData load(ReferenceFiles files) {
        try {
            return new MatchingData(NameVariants.load(files), NameFrequencies.load(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read matching data in " + files.describe() + ": " + e.getMessage(), e);
        }
    }

    public static MatchingData load(Path directory) {
        return load(ReferenceFiles.directory(directory));
    }

    /** The folder a setting names, else the jar's own files. */
    public static MatchingData loadDefault() {
        return load(ReferenceFiles.configuredOr(System.getProperty(PROPERTY, System.getenv("KINDRED_MATCHING_DATA"))));
    }
}
