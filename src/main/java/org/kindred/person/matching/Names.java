package org.kindred.person.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Name clean-up shared by the index and the scorer, so both see the same spelling. */
public final class Names {

    private Names() {
    }

    /** Lower case, accents and punctuation removed, hyphens and spaces kept as single spaces. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z\\s-]", "").replaceAll("[\\s-]+", " ").strip();
    }

    /** The words of a name: "Mary-Jane Smith" gives [mary, jane, smith]. */
    public static List<String> tokens(String name) {
        String clean = normalise(name);
        return clean.isEmpty() ? List.of() : List.of(clean.split(" "));
    }

    /** Every spelling with one letter removed: two names one typo apart share one of these keys. */
    public static List<String> deletions(String word) {
        List<String> keys = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
        return keys;
    }
}
