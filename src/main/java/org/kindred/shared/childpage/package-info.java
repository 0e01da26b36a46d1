/**
 * The child's page (/children/{id}) assembled from parts: each feature module provides a {@link ChildPageSource}
 * for its own facts; the page owns none. See ADR 0019.
 */
@org.springframework.modulith.NamedInterface("childpage")
package org.kindred.shared.childpage;
