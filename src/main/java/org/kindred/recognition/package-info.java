/**
 * Recognition: colleagues nominate colleagues in a nomination window, and at the window's celebration every nominee
 * gets a certificate with their nominations' messages. Nominees do not see their nominations before the celebration.
 * Staff and teams are read through {@link org.kindred.access.Users}; this module keeps the nominee's team as it was
 * when nominated, so counts by team are one query of its own table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition",
        allowedDependencies = {"shared", "shared :: demo", "shared :: time", "shared :: pdf", "access", "insight"})
package org.kindred.recognition;
