package org.kindred.insight;

import java.util.Collection;
import java.util.List;

/**
 * Whose figures: the whole authority ({@code childIds} null), or the children a team held (allocation's answer).
 * Measures filter with {@link #sqlFilter(String)} and bind {@link #childArray()} as {@code :scope_children}.
 */
public record Scope(String label, Collection<Long> childIds) {

    public static Scope authority() { return new Scope("The authority", null); }

    public static Scope children(String label, Collection<Long> ids) { return new Scope(label, List.copyOf(ids)); }

    public boolean wholeAuthority() { return childIds == null; }

    /** A SQL condition on the column naming the child, true for every child of the scope. */
    public String sqlFilter(String childColumn) {
        return wholeAuthority() ? "true" : childColumn + " = any(:scope_children)";
    }

    /** The children as the array bound to {@code :scope_children} (empty for the authority, where it is unused). */
    public Long[] childArray() {
        return wholeAuthority() ? new Long[0] : childIds.toArray(Long[]::new);
    }
}
