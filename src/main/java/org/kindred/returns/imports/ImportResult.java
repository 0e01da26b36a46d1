package org.kindred.returns.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import did: how many rows of each kind were added or already there, and every row skipped. */
public final class ImportResult {
    private final Map<String, Integer> added = new TreeMap<>();
    private final Map<String, Integer> alreadyImported = new TreeMap<>();
    private final Map<String, Integer> notImported = new TreeMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    void added(String what) { added.merge(what, 1, Integer::sum); }

    void alreadyImported(String what) { alreadyImported.merge(what, 1, Integer::sum); }

    /** Rows of a table Kindred has nowhere to keep yet. */
    void notImported(String table, int rows) { notImported.merge(table, rows, Integer::sum); }

    void problem(ImportProblem p) { problems.add(p); }

    /** Adds what another (a child's, once its transaction committed) counted. */
    void merge(ImportResult other) {
        other.added.forEach((k, v) -> added.merge(k, v, Integer::sum));
        other.alreadyImported.forEach((k, v) -> alreadyImported.merge(k, v, Integer::sum));
        other.notImported.forEach((k, v) -> notImported.merge(k, v, Integer::sum));
        problems.addAll(other.problems);
    }

    public Map<String, Integer> added() { return added; }

    public Map<String, Integer> alreadyImported() { return alreadyImported; }

    public Map<String, Integer> notImported() { return notImported; }

    public List<ImportProblem> problems() { return problems; }

    public int addedCount(String what) { return added.getOrDefault(what, 0); }
}
