package org.kindred.person.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name clean-up shared by the index and the scorer, so both see the same spelling. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z\\s-]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private static final Memo<List<String>> TOKENS = new Memo<>(200_000);

    private Names() {
    }

    /** Lower case, accents and punctuation removed, hyphens and spaces kept as single spaces. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!isPlain(lower)) {
            lower = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            lower = NOT_LETTERS.matcher(lower).replaceAll("");
        }
        return SEPARATORS.matcher(lower).replaceAll(" ").strip();
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 'a' || c > 'z') && c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The words of a name: "Mary-Jane Smith" gives [mary, jane, smith]. */
    public static List<String> tokens(String name) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        return TOKENS.get(name, n -> {
            String clean = normalise(n);
            return clean.isEmpty() ? List.of() : List.of(clean.split(" "));
        });
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
