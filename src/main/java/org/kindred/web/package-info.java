/**
 * Layout, navigation and the pages that belong to no one feature: no feature logic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {"shared", "shared :: loading", "access", "allocation", "fostering", "recruitment",
                "workforce", "shared :: time", "casework"})
package org.kindred.web;
