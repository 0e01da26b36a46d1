package org.kindred.person.web;

import org.kindred.person.NewPersonName;

/** The "add a previous name or alias" form as typed, kept on error. */
record NameForm(String kind, String givenNames, String familyName, String fromDay, String fromMonth, String fromYear,
                String toDay, String toMonth, String toYear) {

    static NameForm empty() { return new NameForm(null, null, null, null, null, null, null, null, null); }

    NewPersonName toNewName() {
        return new NewPersonName(kind, givenNames, familyName, ChildForm.date(fromDay, fromMonth, fromYear),
                ChildForm.date(toDay, toMonth, toYear));
    }
}
