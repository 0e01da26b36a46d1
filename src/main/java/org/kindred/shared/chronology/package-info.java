/** The event every module publishes for a step in a child's story. */
@org.springframework.modulith.NamedInterface("chronology")
package org.kindred.shared.chronology;
