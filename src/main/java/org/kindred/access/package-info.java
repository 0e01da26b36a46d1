/**
 * Users, roles, teams, tokens and the system identity batch jobs work as.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access",
        allowedDependencies = {"shared", "shared :: time"})
package org.kindred.access;
