package org.kindred.returns.cli;

import java.nio.file.Path;
import org.kindred.returns.validation.ReturnData;

/** Reads one statutory return (and optionally the previous year's) into tables; throws ReturnFileException. */
@FunctionalInterface
public interface ReturnReader {
    ReturnData read(Path in, Path last);
}
