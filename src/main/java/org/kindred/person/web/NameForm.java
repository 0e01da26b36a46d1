package org.kindred.person.web;

import org.kindred.person.NewPersonName;
import org.kindred.shared.DateInput;
import org.kindred.shared.Problems;

/** The "add a previous name or alias" form as typed, kept on error. */
record NameForm(String kind, String givenNames, String familyName, String fromDay, String fromMonth, String fromYear,
                String toDay, String toMonth, String toYear) {

    static NameForm empty() { return new NameForm(null, null, null, null, null, null, null, null, null); }

    /** The name with its optional dates read from the GOV.UK date inputs into {@code problems}. */
    NewPersonName toNewName(Problems problems) {
        return new NewPersonName(kind, givenNames, familyName,
                new DateInput(fromDay, fromMonth, fromYear).read(problems, "from", "Date from"),
                new DateInput(toDay, toMonth, toYear).read(problems, "to", "Date to"));
    }
}
