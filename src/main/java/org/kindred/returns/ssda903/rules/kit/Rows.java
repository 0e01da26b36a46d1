package org.kindred.returns.ssda903.rules.kit;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The loop every one-table row rule shares: flag each row of the table that fails the rule's test. */
public final class Rows {
    /** A rule's test of one row. */
    public interface Test {
        boolean fails(Table t, int row);
    }

    /** A rule's test of one row that also reads the return: its collection period, mostly. */
    public interface ReturnTest {
        boolean fails(ReturnData data, Table t, int row);
    }

    private Rows() {
    }

    /** The rows of {@code table} (which the engine has checked is there) that fail {@code test}. */
    public static RuleResult flag(ReturnData data, String table, Test test) {
        Table t = data.table(table).orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (test.fails(t, row)) {
                result.flagRow(table, row);
            }
        }
        return result;
    }

    /** The rows of {@code table} that fail {@code test}, which may read the return as well. */
    public static RuleResult flag(ReturnData data, String table, ReturnTest test) {
        Table t = data.table(table).orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (test.fails(data, t, row)) {
                result.flagRow(table, row);
            }
        }
        return result;
    }
}
