package org.kindred.protection;

import java.util.List;

/** Core group meetings of an open plan. Reads and changes are audited. */
public interface CoreGroups {
    CoreGroup record(long planId, NewCoreGroup meeting);

    /** The plan's meetings, newest first; empty when the plan does not exist or is hidden from the user. */
    List<CoreGroup> forPlan(long planId);
}
