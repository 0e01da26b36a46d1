package org.kindred.returns.validation;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A report's failures, kept as each rule's flags and made into {@link Failure}s as they are read: a national
 * return has millions, and holding a record, a boxed row and a set entry for each was most of the heap and of the
 * garbage collector's work. Read-only; safe to read from several threads once made.
 */
final class FailureList extends AbstractList<Failure> implements RandomAccess {

    /** One rule's failures: its flags, with a whole-return failure first when the rule failed the return bare. */
    record Block(RuleDefinition def, String fields, RuleResult result, boolean returnLevelFirst) {
        int size() { return result.count() + (returnLevelFirst ? 1 : 0); }
    }

    private final List<Block> blocks;
    private final int[] starts;
    private final ReturnData data;
    private final int size;
    private final long errors;

    FailureList(List<Block> blocks, ReturnData data) {
        this.blocks = List.copyOf(blocks);
        this.data = data;
        this.starts = new int[blocks.size()];
        int at = 0;
        long errorCount = 0;
        for (int b = 0; b < blocks.size(); b++) {
            starts[b] = at;
            at += blocks.get(b).size();
            if (blocks.get(b).def().type() == RuleType.ERROR) {
                errorCount += blocks.get(b).size();
            }
        }
        this.size = at;
        this.errors = errorCount;
    }

    @Override
    public Failure get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        // Blocks with no failures share their start with the next one: take the last block starting here.
        Block block = blocks.get(lo);
        int i = index - starts[lo];
        RuleDefinition def = block.def();
        if (block.returnLevelFirst()) {
            if (i == 0) {
                return new Failure(def.code(), def.message(), def.type(), null, null, null, block.fields());
            }
            i--;
        }
        RuleResult r = block.result();
        String table = r.table(i);
        int row = r.row(i);
        String column = r.column(i);
        if (row < 0) {
            return new Failure(def.code(), def.message(), def.type(), table, null, null,
                    column != null ? column : block.fields());
        }
        return new Failure(def.code(), def.message(), def.type(), table, row, child(table, row),
                column != null ? column : block.fields());
    }

    @Override
    public int size() { return size; }

    long errors() { return errors; }

    private String child(String tableName, int row) {
        Table t = tableName == null ? null : data.table(tableName).orElse(null);
        if (t == null || row >= t.size()) {
            return null;
        }
        String child = t.get(row, "CHILD");
        return child != null ? child : t.get(row, "LAchildID");
    }
}
