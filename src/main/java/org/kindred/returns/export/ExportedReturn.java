package org.kindred.returns.export;

import java.nio.file.Path;
import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ValidationReport;

/** A return exported from Kindred's data: the files written, the tables as read back, and their validation. */
public record ExportedReturn(List<Path> files, ReturnData data, ValidationReport report) {
}
