/**
 * The children's social work workforce census (CSWW): the XML built from workforce's typed facts with the DfE's
 * codes, checked against the 2022 schema shipped in the jar and against the census guide's checks; every problem
 * names the worker and the field.
 */
package org.kindred.returns.csww;
