package org.kindred.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Early help for families. Every read and change is audited; an episode about a child the user may not see is
 * treated as not existing. Bad input is refused with field errors ({@link org.kindred.shared.InvalidInput}).
 */
public interface EarlyHelpEpisodes {
    EarlyHelpEpisode open(NewEpisode episode);

    Optional<EarlyHelpEpisode> find(long id);

    /** Open episodes (newest first, at most {@code limit}), or all when {@code includeClosed}; restricted children left out. */
    List<EarlyHelpEpisode> list(boolean includeClosed, int limit);

    /** The episodes in which this person is a member, newest first. */
    List<EarlyHelpEpisode> forPerson(long personId);

    EarlyHelpEpisode leadProfessional(long id, String name, String agency);

    /** Completes the early help assessment (not before the start nor in the future; today when null). */
    EarlyHelpEpisode completeAssessment(long id, LocalDate completedOn, String summary);

    EarlyHelpEpisode review(long id, LocalDate heldOn, String attendees, String summary);

    EarlyHelpEpisode goal(long id, String goal);

    EarlyHelpEpisode close(long id, String reason, LocalDate closedOn, String note);

    /**
     * Escalates to the front door: a new contact about the child, carrying the episode's history, and the episode
     * closes as stepped up. Returns the episode with the contact's id.
     */
    EarlyHelpEpisode stepUp(long id, String reason);
}
