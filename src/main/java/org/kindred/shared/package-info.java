/**
 * Tiny cross-module contracts and helpers (working days, input, problems, work items, chronology entries, demo
 * steps, time): no business rules, and it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
        allowedDependencies = {})
package org.kindred.shared;
