/** The person matching engine: candidate search and Fellegi-Sunter scoring, used by the register and batch linkage. */
@org.springframework.modulith.NamedInterface("matching")
package org.kindred.person.matching;
