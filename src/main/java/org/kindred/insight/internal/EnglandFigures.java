package org.kindred.insight.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * England's latest published figure for a measure, shipped in the jar ({@code insight/england.csv}) with its source
 * and year, drawn as a reference line. Only figures checked against the DfE's release are listed.
 */
@Component
public class EnglandFigures {
    public record England(double value, int year, String source) {
    }

    private final Map<String, England> byMeasure = new HashMap<>();

    EnglandFigures() {
        try (Reader in = new InputStreamReader(new ClassPathResource("insight/england.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                byMeasure.put(r.get("measure"), new England(Double.parseDouble(r.get("value")),
                        Integer.parseInt(r.get("year")), r.get("source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("insight/england.csv", e);
        }
    }

    public Optional<England> of(String measureId) { return Optional.ofNullable(byMeasure.get(measureId)); }
}
