package org.kindred.shared;

import java.util.List;

/**
 * Many {@link AuditableAction}s published at once by a batch command (an import writing a hundred children): the
 * audit module writes them in one statement, in the same transaction, each an entry of its own.
 */
public record AuditableActions(List<AuditableAction> actions) {
    public AuditableActions {
        actions = List.copyOf(actions);
    }
}
