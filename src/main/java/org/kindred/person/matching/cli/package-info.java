/** The `match` commands, exposed to the application's command line. */
@org.springframework.modulith.NamedInterface("matching-cli")
package org.kindred.person.matching.cli;
