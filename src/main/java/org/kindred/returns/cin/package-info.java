/** Exposed to the return import module, which reads files with the same readers and tables. */
@org.springframework.modulith.NamedInterface("cin")
package org.kindred.returns.cin;
