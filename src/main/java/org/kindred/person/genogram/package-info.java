/** The genogram: the family drawn in standard notation from recorded relationships (ADR 0019). */
@org.springframework.modulith.NamedInterface("genogram")
package org.kindred.person.genogram;
