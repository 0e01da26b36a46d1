package org.kindred.access.internal;

import me.gosimple.nbvcxz.Nbvcxz;
import org.kindred.access.DemoUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a password is strong enough, as NCSC and NIST SP 800-63B advise: long (12 characters or more), and not
 * guessable (nbvcxz estimates the guesses from lists of common and breached passwords, dictionary words, names,
 * keyboard walks, repeats and sequences, so "aaaaaaaaaaaa", twelve spaces and "password1234" fail), rather than
 * composition rules. The demo password, published in the README, is refused outside demo mode.
 */
@Component
class PasswordStrength {
    static final int MIN_LENGTH = 12;
    private final boolean demo;

    /** @param demoData the `demo-data` command, which makes the demo users as `serve --demo` does */
    PasswordStrength(@Value("${kindred.demo:false}") boolean demo, @Value("${kindred.demo-data:false}") boolean demoData) {
        this.demo = demo || demoData;
    }

    /** Why the password is refused, or null; {@code demoUser}: a demo user seeded with the demo password. */
    String problem(String password, boolean demoUser) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Password must be at least " + MIN_LENGTH + " characters";
        }
        if (!demo && !demoUser && password.equals(DemoUsers.PASSWORD)) {
            return "This password is published with the demo: choose another";
        }
        if (password.isBlank() || !estimate(password)) {
            return "This password is too easy to guess: use three or more unrelated words, or a password manager";
        }
        return null;
    }

    private static boolean estimate(String password) {
        synchronized (Estimator.INSTANCE) {
            return Estimator.INSTANCE.estimate(password).isMinimumEntropyMet();
        }
    }

    /** Loaded at the first password checked, not at start-up: its dictionaries take half a second to read. */
    private static final class Estimator {
        static final Nbvcxz INSTANCE = new Nbvcxz();
    }
}
