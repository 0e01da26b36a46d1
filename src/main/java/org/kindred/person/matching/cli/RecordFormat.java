package org.kindred.person.matching.cli;

import java.util.List;
import java.util.function.Function;

/** The input layouts the batch commands read. */
public enum RecordFormat {
    FEBRL(FebrlRow::parse), KINDRED(KindredRow::parse), SPLINK(SplinkRow::parse);

    private final Function<List<String>, LabelledRecord> row;

    RecordFormat(Function<List<String>, LabelledRecord> row) {
        this.row = row;
    }

    LabelledRecord parse(List<String> fields) {
        return row.apply(fields);
    }
}
