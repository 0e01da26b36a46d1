package org.kindred.returns.csww;

import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.StaffRole;

/** The census's codes for workforce's facts (the 2022 schema's enumerations). */
final class CswwCodes {
    private CswwCodes() {
    }

    /** OrgRole: 1 senior manager, 2 middle manager, 3 first line manager, 4 senior practitioner, 5 case holder, 6 qualified without cases. */
    static String orgRole(StaffRole role) {
        return switch (role) {
            case SENIOR_MANAGER -> "1";
            case SERVICE_MANAGER -> "2";
            case TEAM_MANAGER -> "3";
            case SENIOR_PRACTITIONER, ADVANCED_PRACTITIONER -> "4";
            case SOCIAL_WORKER, ASYE -> "5";
            case QUALIFIED_WITHOUT_CASES -> "6";
        };
    }

    /** ReasonLeave: 1 resignation ... 7 moved to a non-child and family role in the LA, 8 other, 9 not known. */
    static String reasonLeave(LeavingReason reason) {
        return switch (reason) {
            case RESIGNATION -> "1";
            case VOLUNTARY_REDUNDANCY -> "2";
            case COMPULSORY_REDUNDANCY -> "3";
            case DISMISSED -> "4";
            case RETIRED -> "5";
            case DECEASED -> "6";
            case MOVED_WITHIN_AUTHORITY -> "7";
            case END_OF_CONTRACT, OTHER -> "8";
            case NOT_KNOWN -> "9";
        };
    }

    /** CFKSSstatus 1: in the assessed and supported year in employment. */
    static String cfkss(StaffRole role) {
        return role == StaffRole.ASYE ? "1" : null;
    }
}
