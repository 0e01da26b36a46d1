/**
 * The person register: people, names, addresses, family, identifiers, restricted records, search, matching and
 * merge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person register",
        allowedDependencies = {"shared", "shared :: loading", "access", "shared :: childpage", "shared :: time", "shared :: work", "shared :: register", "shared :: database", "shared :: cluster"})
package org.kindred.person;
