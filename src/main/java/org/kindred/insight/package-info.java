/**
 * Insight for managers and leaders: a frame that shows the service's measures by month as charts and tables, each
 * figure down to the children behind it. The frame owns none of the facts: each case-work module contributes its
 * own {@link org.kindred.insight.Measure} beans, counted in its own SQL (the same definitions its returns facts use),
 * and allocation says which children a team held ({@link org.kindred.insight.TeamChildren}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
        allowedDependencies = {"shared", "access", "person", "shared :: time", "shared :: cluster", "shared :: chronology"})
package org.kindred.insight;
