package org.kindred.returns.cli;

import java.io.PrintWriter;
import org.kindred.returns.validation.Failure;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.ValidationReport;

/** The text report of a validation, as `returns validate` and `returns export` print it. */
final class ReportText {
    private ReportText() {
    }

    static void print(PrintWriter out, ValidationReport report, ReturnKind kind, int year) {
        StringBuilder line = new StringBuilder(256);
        char[] chars = new char[256];
        for (Failure f : report.failures()) {
            line.setLength(0);
            line(f, line).append('\n');
            // Copied out rather than turned into a String: a national return has millions of lines.
            if (chars.length < line.length()) {
                chars = new char[line.length() * 2];
            }
            line.getChars(0, line.length(), chars, 0);
            out.write(chars, 0, line.length());
        }
        for (ValidationReport.Skipped s : report.skipped()) {
            out.println("SKIPPED " + s.rule() + ": " + s.reason());
        }
        out.println(summary(report, kind, year));
    }

    static String summary(ValidationReport report, ReturnKind kind, int year) {
        return kind.name() + " " + RuleRegistry.collectionYearLabel(year) + ": " + report.failures().size()
                + " failures (" + report.errors() + " errors, " + report.queries() + " queries) from "
                + report.rulesRun() + " rules run; " + (report.skipped().size() - report.internalErrors())
                + " rules skipped; " + report.internalErrors() + " internal errors";
    }

    static StringBuilder line(Failure f, StringBuilder s) {
        s.append(f.type().name()).append(' ').append(f.rule());
        if (f.table() == null) {
            s.append(" whole return");
        } else {
            s.append(' ').append(f.table()).append(" row ").append(f.row());
            if (f.child() != null) {
                s.append(" child ").append(f.child());
            }
        }
        if (f.field() != null && !f.field().isEmpty()) {
            s.append(" field ").append(f.field());
        }
        return s.append(": ").append(f.message());
    }
}
