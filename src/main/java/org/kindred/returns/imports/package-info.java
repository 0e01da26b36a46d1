/**
 * Importing past returns (SSDA903, CIN census), which is how an authority's history moves into Kindred: children
 * matched on the register (or created), then their records written through the care, front door and protection
 * command APIs, never into their tables. Part of returns since the case-work modules stopped depending on returns
 * (ADR 0016); its command is {@code returns import} ({@link org.kindred.returns.imports.ImportCommand}).
 */
package org.kindred.returns.imports;
