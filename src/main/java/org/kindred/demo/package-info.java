/** Synthetic demo data at county scale, for trying Kindred and for benchmarks. Never real people. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: demo", "shared :: loading", "access", "person", "shared :: time", "shared :: database"})
package org.kindred.demo;
