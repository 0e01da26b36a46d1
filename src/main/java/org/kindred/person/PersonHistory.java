package org.kindred.person;

import java.util.List;

/**
 * A person's history in the register: previous names and aliases, and addresses over time. Every read and change is
 * audited; a person the current user may not see is "not found".
 */
public interface PersonHistory {
    List<PersonName> names(long personId);

    PersonName addName(long personId, NewPersonName name);

    /** Addresses, current first, then by the date they ended. */
    List<AddressPeriod> addresses(long personId);

    /** Records a new current address; the one it replaces ends the day before the move. */
    AddressPeriod moveTo(long personId, NewAddress address);
}
