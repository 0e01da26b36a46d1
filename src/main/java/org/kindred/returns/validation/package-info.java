/** Exposed to the return import module, which reads files with the same readers and tables. */
@org.springframework.modulith.NamedInterface("validation")
package org.kindred.returns.validation;
