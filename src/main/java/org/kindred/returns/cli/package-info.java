/** The `returns` commands, exposed to the application's command line. */
@org.springframework.modulith.NamedInterface("cli")
package org.kindred.returns.cli;
