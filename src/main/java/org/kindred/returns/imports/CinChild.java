package org.kindred.returns.imports;

import java.util.List;

/**
 * One child of a CIN census as read, ready to write: its facts, its episodes, and where its episodes are in the file
 * (a problem names the file's episode row: {@code firstEpisodeRow} + the episode's row in the child + 1).
 */
record CinChild(ChildFacts facts, List<CinEpisodes.Episode> episodes, String episodesFile, int firstEpisodeRow) {

    String childKey() { return "Child|" + facts.laChildId(); }

    String key(CinEpisodes.Episode e) { return "CINdetails|" + facts.laChildId() + "|" + e.referralDate(); }

    int line(CinEpisodes.Episode e) { return firstEpisodeRow + e.row() + 1; }

    /**
     * Whether its episodes are referrals alone (with assessments counted as not imported, no worker being given): what
     * the batch writes. Plans and enquiries go through the modules' one-at-a-time APIs.
     */
    boolean referralsOnly(String worker) {
        return episodes.stream().allMatch(e -> e.cinPlans().isEmpty() && e.enquiries().isEmpty()
                && (worker == null || e.assessments().isEmpty()));
    }
}
