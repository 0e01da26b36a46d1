package org.kindred.person.matching;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** String measures the comparators share: Jaro-Winkler, edit distance and sound-alike codes. */
final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(DoubleMetaphone::new);

    private static final Memo<String[]> PHONETIC = new Memo<>(200_000);

    private Similarity() {
    }

    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    /** True for one insertion, deletion, substitution or swap of neighbouring characters. */
    static boolean withinOneEdit(String a, String b) {
        if (ONE_EDIT.apply(a, b) >= 0) {
            return true;
        }
        return a.length() == b.length() && isTransposition(a, b);
    }

    private static boolean isTransposition(String a, String b) {
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /** Double Metaphone primary and alternate codes. */
    static String[] phonetic(String word) {
        return PHONETIC.get(word, w -> {
            DoubleMetaphone metaphone = METAPHONE.get();
            return new String[] {metaphone.doubleMetaphone(w), metaphone.doubleMetaphone(w, true)};
        });
    }

    static boolean soundAlike(String a, String b) {
        String[] x = phonetic(a);
        String[] y = phonetic(b);
        return !x[0].isEmpty() && (x[0].equals(y[0]) || x[0].equals(y[1]) || x[1].equals(y[0]));
    }
}
