/**
 * The single front door: contacts from partners and the public, the MASH decision within one working day,
 * referrals to children's social care (and whether each is a re-referral) and the single assessment's due date.
 * Talks to the person register only through {@link org.kindred.person.People}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "insight", "shared :: chronology", "shared :: demo", "shared :: work", "access", "person", "chronology", "shared :: childpage", "shared :: time"})
package org.kindred.frontdoor;
