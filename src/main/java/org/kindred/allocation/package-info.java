/** Who holds each child: allocation of children to social workers, changes of worker, caseloads. */
@org.springframework.modulith.ApplicationModule(displayName = "Allocation and caseloads",
        allowedDependencies = {"shared", "insight", "shared :: cluster", "shared :: chronology", "shared :: demo", "shared :: work", "access", "person", "chronology", "shared :: childpage", "shared :: time"})
package org.kindred.allocation;
