/** The `postcodes` command, exposed to the application's command line. */
@org.springframework.modulith.NamedInterface("cli")
package org.kindred.geography.cli;
