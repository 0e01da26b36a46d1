package org.kindred.recognition;

import java.util.List;

/** Colleagues nominating colleagues. A nominee sees a nomination only from its window's celebration on. */
public interface Nominations {
    /** Records the signed-in user's nomination in an open window; refused with field errors. */
    Nomination nominate(NewNomination nomination);

    /** What the signed-in user has nominated, newest first. */
    List<Nomination> sent();

    /** What the signed-in user has received in windows already celebrated (never before the celebration). */
    List<Nomination> received();

    /** A window's counts by the nominee's team (organisers only). */
    List<TeamCount> countsByTeam(long windowId);
}
