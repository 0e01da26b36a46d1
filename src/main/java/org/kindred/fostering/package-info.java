/**
 * Fostering: recruitment campaigns and enquiries from prospective foster carers, the assessment funnel on its
 * statutory clocks (Stage 1 checks, Stage 2 and Form F, panel, the agency decision maker, approval with terms),
 * connected-person temporary approval under reg. 24, carer households with their vacancies, and placement finding:
 * ranking approved households for a looked-after child's placement request, each candidate with its reasons. A
 * chosen household's placement is recorded in the child's care record through {@link org.kindred.care.CareRecords};
 * this module never reads care's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fostering",
        allowedDependencies = {"shared", "shared :: cluster", "shared :: demo", "shared :: time", "access", "person", "care", "geography"})
package org.kindred.fostering;
