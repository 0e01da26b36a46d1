package org.kindred.person.web;

import org.kindred.person.NewAddress;

/** The "record a new address" form as typed, kept on error. */
record AddressForm(String line1, String line2, String town, String postcode, String fromDay, String fromMonth,
                   String fromYear) {

    static AddressForm empty() { return new AddressForm(null, null, null, null, null, null, null); }

    NewAddress toNewAddress() {
        return new NewAddress(line1, line2, town, postcode, ChildForm.date(fromDay, fromMonth, fromYear));
    }
}
