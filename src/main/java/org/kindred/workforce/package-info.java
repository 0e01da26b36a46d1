/**
 * The workforce: employment records for staff (keyed to access's accounts), posts per team, the measures the DfE's
 * children's social work workforce census defines, the census's typed facts (the return itself is built by
 * {@code returns}), and the continuity forecast: which allocated children are likely to change social worker soon.
 * Reads accounts and teams through access's API and caseloads through allocation's; never their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = {"shared", "shared :: demo", "shared :: time", "access", "allocation"})
package org.kindred.workforce;
