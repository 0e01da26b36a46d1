/**
 * The child's chronology: one page that tells the story. Every step another module records about a child arrives
 * as a {@link org.kindred.shared.chronology.ChronologyEntry} event and is stored in the publisher's transaction;
 * workers add entries by hand and strike out wrong ones with a reason (nothing is ever deleted). Talks to the
 * person register only through {@link org.kindred.person.People}, so restricted children stay invisible.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: chronology", "access", "person", "shared :: time", "shared :: childpage"})
package org.kindred.chronology;
