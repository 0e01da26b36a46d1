package org.kindred.shared;

import java.util.Map;
import java.util.function.Function;

/**
 * The one shape of a page's form post: make the change and go on to the next page, or, when the input is refused,
 * show the form again with the field errors (GOV.UK error summary, input kept). Nothing is changed in that case.
 */
public final class FormPost {
    private FormPost() {
    }

    /** Runs {@code change}; then redirects to {@code next}, or answers {@code again} with the field errors. */
    public static String then(Runnable change, String next, Function<Map<String, String>, String> again) {
        try {
            change.run();
            return "redirect:" + next;
        } catch (InvalidInput e) {
            return again.apply(e.errors());
        }
    }
}
