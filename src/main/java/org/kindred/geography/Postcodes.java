package org.kindred.geography;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kindred.geography.internal.DemoPostcodes;
import org.kindred.geography.internal.PostcodeArea;
import org.kindred.geography.internal.PostcodeFiles;

/**
 * Looks postcodes up in the ONS Postcode Directory: the copy in the data directory when one was loaded there
 * ({@code kindred postcodes load}), else the one in the jar. Each postcode area (the leading letters, e.g. "NN") is
 * read on first use, so a look-up costs a few milliseconds once per area. The fictional demo area ZY has places of
 * its own (see {@link DemoPostcodes}). Thread-safe.
 */
public final class Postcodes {
    private static final Map<String, Optional<PostcodeArea>> AREAS = new ConcurrentHashMap<>();
    private static volatile Path directory = PostcodeFiles.loadedDirectory();

    private Postcodes() {
    }

    /** The place of a postcode written any usual way ("nn1 1aa", "NN11AA"), or empty when it is not in the directory. */
    public static Optional<PostcodePlace> find(String postcode) {
        String compact = compact(postcode);
        if (compact == null) {
            return Optional.empty();
        }
        if (DemoPostcodes.isDemo(compact)) {
            return DemoPostcodes.find(compact);
        }
        String outward = compact.substring(0, compact.length() - 3);
        String area = area(outward);
        if (area == null) {
            return Optional.empty();
        }
        return AREAS.computeIfAbsent(area, a -> Optional.ofNullable(PostcodeFiles.readArea(directory, a)))
                .flatMap(a -> a.find(outward, compact.substring(compact.length() - 3)));
    }

    /** Upper case, spaces removed; null when it cannot be a postcode (too short or long, or no inward code shape). */
    public static String compact(String postcode) {
        if (postcode == null) {
            return null;
        }
        String s = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        int n = s.length();
        if (n < 5 || n > 7 || !Character.isDigit(s.charAt(n - 3)) || !Character.isLetter(s.charAt(n - 2))
                || !Character.isLetter(s.charAt(n - 1))) {
            return null;
        }
        return s;
    }

    /** The postcode area: the leading letters of the outward code ("SW" of "SW1A"), or null. */
    static String area(String outward) {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return i == 0 || i > 4 ? null : outward.substring(0, i);
    }

    /** Where the directory is read from (null: the jar's copy). */
    public static Path directory() { return directory; }

    /**
     * Reads from this directory from now on (null: the jar's copy); for the load command and tests.
     * Areas already read are forgotten.
     */
    public static synchronized void useDirectory(Path dir) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no postcode directory at " + dir);
        }
        directory = dir;
        AREAS.clear();
    }
}
