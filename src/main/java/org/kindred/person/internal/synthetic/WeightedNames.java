package org.kindred.person.internal.synthetic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.person.matching.DataFiles;
import org.kindred.person.matching.ReferenceFiles;

/** Names drawn in proportion to how common they are in England and Wales (ONS frequencies). */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class WeightedNames {
    private final List<String> names;
    private final double[] cumulative;

    /** Reads a CSV with a header; {@code nameColumn} and {@code weightColumn} index its columns; {@code sex} filters column 0. */
    static WeightedNames read(ReferenceFiles files, String csv, int nameColumn, int weightColumn, String sex) throws IOException {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String[] c : DataFiles.rows(files, csv)) {
            if (c.length > Math.max(nameColumn, weightColumn) && (sex == null || c[0].equals(sex))) {
                names.add(capitalise(c[nameColumn]));
                weights.add(Double.parseDouble(c[weightColumn]));
            }
        }
        double[] cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        return new WeightedNames(names, cumulative);
    }

    String draw(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return names.get(i >= 0 ? i : -i - 1);
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.toLowerCase());
        for (int i = 0; i < b.length(); i++) {
            if (i == 0 || b.charAt(i - 1) == '-' || b.charAt(i - 1) == '\'' || b.charAt(i - 1) == ' ') {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }
}
