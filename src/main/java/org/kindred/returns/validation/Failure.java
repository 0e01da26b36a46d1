package org.kindred.returns.validation;

/**
 * One place one rule flags in a return, as reported: the rule's code and message, ERROR or QUERY, and the table,
 * row (0-based), child (CHILD or LAchildID) and field; table, row and child are null for a failure of the whole
 * return (a CIN "LA-level" rule).
 */
public record Failure(String rule, String message, RuleType type, String table, Integer row, String child,
                      String field) {

    public boolean error() { return type == RuleType.ERROR; }
}
