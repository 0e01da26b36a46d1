package org.kindred.person.web;

import org.kindred.person.NewAddress;
import org.kindred.shared.DateInput;
import org.kindred.shared.Problems;

/** The "record a new address" form as typed, kept on error. */
record AddressForm(String line1, String line2, String town, String postcode, String fromDay, String fromMonth,
                   String fromYear) {

    static AddressForm empty() { return new AddressForm(null, null, null, null, null, null, null); }

    /** The address with the date moved in read from the GOV.UK date input into {@code problems}. */
    NewAddress toNewAddress(Problems problems) {
        return new NewAddress(line1, line2, town, postcode,
                new DateInput(fromDay, fromMonth, fromYear).read(problems, "from", "Date moved in"));
    }
}
