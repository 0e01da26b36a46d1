/** The register's batch jobs on Kindred's command line (wired into the `kindred` command by the cli package). */
@org.springframework.modulith.NamedInterface("cli")
package org.kindred.person.cli;
