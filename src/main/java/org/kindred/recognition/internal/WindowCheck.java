package org.kindred.recognition.internal;

import org.kindred.recognition.NewWindow;
import org.kindred.shared.Problems;

/** A window needs a name, opens before it closes, and is celebrated on or after its close. */
final class WindowCheck {
    private WindowCheck() {
    }

    static void check(NewWindow w) {
        Problems problems = new Problems();
        problems.require("name", w.name(), "Enter the window's name, for example Celebration 2027");
        if (w.name() != null && w.name().length() > 200) problems.add("name", "The name must be 200 characters or fewer");
        if (w.opensOn() == null) problems.add("opensOn", "Enter the date nominations open");
        if (w.closesOn() == null) problems.add("closesOn", "Enter the date nominations close");
        if (w.celebrationOn() == null) problems.add("celebrationOn", "Enter the date of the celebration");
        if (w.opensOn() != null && w.closesOn() != null && w.closesOn().isBefore(w.opensOn())) {
            problems.add("closesOn", "Nominations must close on or after the day they open");
        }
        if (w.closesOn() != null && w.celebrationOn() != null && w.celebrationOn().isBefore(w.closesOn())) {
            problems.add("celebrationOn", "The celebration must be on or after the day nominations close");
        }
        problems.throwIfAny();
    }
}
