package org.kindred.returns.cli;

import java.io.Writer;
import org.kindred.returns.validation.Failure;
import org.kindred.returns.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON report of a validation, written as it goes: a national return lists millions of failures, and building
 * the whole document first took 5.5 GB and 19 s (and ran out of memory under -Xmx2g).
 * One object: {@code failures} (rule, message, table, row, child, field), {@code rulesRun}, {@code rulesSkipped}
 * (rule, reason, and the absent {@code columns} it needed, as {@code Table.COLUMN}).
 */
final class ReportJson {
    private ReportJson() {
    }

    static void write(Writer out, ValidationReport report) {
        // The generator closes its target when it closes: the caller's writer (standard output) must stay open.
        Writer kept = new java.io.FilterWriter(out) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
        try (JsonGenerator g = new JsonFactory().createGenerator(kept)) {
            g.writeStartObject();
            g.writeName("failures");
            g.writeStartArray();
            for (Failure f : report.failures()) {
                g.writeStartObject();
                g.writeStringProperty("rule", f.rule());
                g.writeStringProperty("message", f.message());
                g.writeStringProperty("table", f.table());
                g.writeName("row");
                if (f.row() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(f.row());
                }
                g.writeStringProperty("child", f.child());
                g.writeStringProperty("field", f.field());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberProperty("rulesRun", report.rulesRun());
            g.writeName("rulesSkipped");
            g.writeStartArray();
            for (ValidationReport.Skipped s : report.skipped()) {
                g.writeStartObject();
                g.writeStringProperty("rule", s.rule());
                g.writeStringProperty("reason", s.reason());
                g.writeName("columns");
                g.writeStartArray();
                for (String c : s.columns()) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
