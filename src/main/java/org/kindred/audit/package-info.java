/**
 * Who did and who saw what: an append-only, hash-chained trail that only listens to the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"shared", "access", "shared :: time"})
package org.kindred.audit;
