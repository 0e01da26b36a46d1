package org.kindred.person;

import java.time.Duration;
import java.time.Instant;

/** How far a duplicate sweep has got: people checked out of the total, pairs found and newly queued. */
public record SweepProgress(State state, int checked, int total, int pairsFound, int pairsQueued, Instant startedAt,
                            Duration took) {

    public enum State { NEVER_RUN, RUNNING, FINISHED, FAILED }

    public static SweepProgress neverRun() { return new SweepProgress(State.NEVER_RUN, 0, 0, 0, 0, null, Duration.ZERO); }

    public int percent() { return total == 0 ? 0 : (int) (100L * checked / total); }

    public boolean running() { return state == State.RUNNING; }
}
