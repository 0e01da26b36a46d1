/** Exposed to the return import module, which reads files with the same readers and tables. */
@org.springframework.modulith.NamedInterface("ssda903")
package org.kindred.returns.ssda903;
