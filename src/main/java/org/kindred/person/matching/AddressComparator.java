package org.kindred.person.matching;

import java.util.List;

/**
 * Address lines compared as bags of words, each word allowed a typo (Jaro-Winkler >= 0.9),
 * because registers abbreviate, reorder and misspell addresses.
 */
final class AddressComparator implements FieldComparator {

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

    @Override
    public MatchField field() {
        return MatchField.ADDRESS;
    }

    @Override
    public int level(PersonRecord a, PersonRecord b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return MISSING;
        }
        double overlap = Math.min(share(x, y), share(y, x));
        return overlap >= 0.8 ? 0 : overlap >= 0.5 ? 1 : 2;
    }

    private static List<String> words(PersonRecord r) {
        String joined = String.join(" ", r.addressLines()).toLowerCase(java.util.Locale.ROOT);
        String clean = NOT_WORD.matcher(joined).replaceAll(" ").strip();
        return clean.isEmpty() ? List.of() : List.of(clean.split(" "));
    }

    /** Fraction of the words of {@code x} that have a near-equal word in {@code y}. */
    private static double share(List<String> x, List<String> y) {
        int found = 0;
        for (String word : x) {
            for (String other : y) {
                if (word.equals(other) || Similarity.jaroWinkler(word, other) >= 0.9) {
                    found++;
                    break;
                }
            }
        }
        return (double) found / x.size();
    }
}
