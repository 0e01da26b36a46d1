/**
 * The tools a worker uses every day about a child (ADR 0020): case notes (typed, formatted, corrected with every
 * earlier version kept, drafts saved as they type, a note submitted after the session ended kept and restored),
 * documents (typed from their content, checksummed, downloaded as attachments only), tasks and in-app notifications,
 * and the child's record printed as a PDF. Every read and change is audited; a child the user may not see has none
 * of these. The public API at this package's root is what the child's page and other modules read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case work: notes, documents, tasks, notifications",
        allowedDependencies = {"shared", "shared :: chronology", "shared :: work", "shared :: time", "shared :: pdf", "shared :: childpage", "access", "person",
            "chronology", "protection", "allocation"})
package org.kindred.casework;
