/**
 * Places: UK postcodes to British National Grid references and local authorities, from the ONS Postcode Directory
 * shipped in compact form in the jar (a newer directory can be loaded into the data directory with
 * {@code kindred postcodes load FILE}), and the distance between two places. Needs no database and no Spring context,
 * so that `returns validate` can use it; the fictional demo postcodes (ZY) have places of their own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography",
        allowedDependencies = {})
package org.kindred.geography;
