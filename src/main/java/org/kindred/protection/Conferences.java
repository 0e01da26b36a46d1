package org.kindred.protection;

import java.util.List;
import java.util.Optional;

/** Child protection conferences; recording one (and so making, changing or ending a plan) is for chairs. */
public interface Conferences {
    /** Only for chairs, team managers and administrators ({@link ProtectionRoles.CanChair}). */
    Conference record(NewConference conference);

    Optional<Conference> find(long id);

    /** The child's conferences, newest first. */
    List<Conference> forChild(long childId);
}
