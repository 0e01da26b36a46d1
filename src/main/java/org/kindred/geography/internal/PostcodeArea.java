package org.kindred.geography.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.geography.PostcodePlace;

/** The postcodes of one area in memory: per outward code, inward codes sorted, with grid references and LA codes. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class PostcodeArea {
    /** Grid references the directory does not give. */
    static final int NONE = Integer.MIN_VALUE;

    /** Per outward code, its postcodes, decoded on first use. */
    private final Map<String, java.util.function.Supplier<District>> encoded;
    private final Map<String, District> districts = new java.util.concurrent.ConcurrentHashMap<>();

    /** One outward code's postcodes: inward codes as numbers ({@link #inward}), sorted, and what each has. */
    record District(int[] inward, int[] easting, int[] northing, String[] laCode) {
    }

    public Optional<PostcodePlace> find(String outward, String inward) {
        java.util.function.Supplier<District> e = encoded.get(outward);
        int code = inward(inward);
        if (e == null || code < 0) {
            return Optional.empty();
        }
        District d = districts.computeIfAbsent(outward, o -> e.get());
        int i = Arrays.binarySearch(d.inward(), code);
        if (i < 0) {
            return Optional.empty();
        }
        String pcd = outward + " " + inward;
        return Optional.of(new PostcodePlace(pcd, d.easting()[i] == NONE ? null : d.easting()[i],
                d.northing()[i] == NONE ? null : d.northing()[i], d.laCode()[i]));
    }

    /** "9ZZ" as a number 0..6759 (digit, then two letters), or -1 when it has another shape. */
    static int inward(String inward) {
        if (inward.length() != 3) {
            return -1;
        }
        int digit = inward.charAt(0) - '0';
        int a = inward.charAt(1) - 'A';
        int b = inward.charAt(2) - 'A';
        if (digit < 0 || digit > 9 || a < 0 || a > 25 || b < 0 || b > 25) {
            return -1;
        }
        return digit * 676 + a * 26 + b;
    }

    static String inwardText(int code) {
        return "" + (char) ('0' + code / 676) + (char) ('A' + code / 26 % 26) + (char) ('A' + code % 26);
    }
}
