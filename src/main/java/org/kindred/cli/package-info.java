/**
 * The one command line: the picocli tree over every module's commands, and the server itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line",
        allowedDependencies = {"shared", "access", "audit", "demo", "person :: cli", "person :: matching", "person :: matching-cli", "geography :: cli", "returns :: cli", "workforce", "shared :: time", "shared :: database"})
package org.kindred.cli;
