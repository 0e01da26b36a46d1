/**
 * The person register: people, names, addresses, family, identifiers, restricted records, search, matching and
 * merge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person register",
        allowedDependencies = {"shared", "shared :: loading", "access", "shared :: time", "shared :: childpage", "shared :: work", "shared :: register"})
package org.kindred.person;
