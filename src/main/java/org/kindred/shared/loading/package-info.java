/** Start-up work still to do (demo data, the search index): readiness and the loading page read it. */
@org.springframework.modulith.NamedInterface("loading")
package org.kindred.shared.loading;
