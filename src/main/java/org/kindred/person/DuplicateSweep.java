package org.kindred.person;

/**
 * Finds likely duplicates already in the register: each person is searched for in the index and every pair scoring at
 * least the threshold joins the review queue ({@link DuplicateQueue}). A pair once judged "not the same person" is never
 * queued again. Over a county register this takes minutes, so pages start it in the background and show progress.
 */
public interface DuplicateSweep {
    /** Starts a sweep in the background unless one is running; the progress either way. */
    SweepProgress start(double threshold);

    /** Runs a sweep now, on this thread (the command line). */
    SweepProgress run(double threshold);

    SweepProgress progress();
}
