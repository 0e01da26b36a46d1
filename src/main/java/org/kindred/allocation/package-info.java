/** Who holds each child: allocation of children to social workers, changes of worker, caseloads. */
@org.springframework.modulith.ApplicationModule(displayName = "Allocation and caseloads")
package org.kindred.allocation;
