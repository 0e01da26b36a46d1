package org.kindred.recognition;

import java.util.List;

/** Nomination windows: opened by an administrator or a manager; every colleague sees them. */
public interface NominationWindows {
    /** Opens a window; refused with field errors (dates out of order, celebration before the close). */
    NominationWindow open(NewWindow window);

    /** Every window, newest celebration first. */
    List<NominationWindow> list();

    NominationWindow find(long id);

    /** Windows open for nominations today. */
    List<NominationWindow> openToday();
}
