package org.kindred.returns.export;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kindred.returns.validation.ReturnKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Return sources for tests, beside the real ones built from the modules' facts: one for SSDA903, one for the CIN
 * census. They give nothing until a test hands them rows (and clears them after), so they change no other test's
 * returns.
 */
@Configuration
public class TestReturnSources {
    /** A row for one table of one return ("ssda903" or "cin"). */
    public record Row(String returnName, String table, Map<String, String> cells) {
    }

    private static final List<Row> ROWS = new CopyOnWriteArrayList<>();

    public static void give(List<Row> rows) { ROWS.addAll(rows); }

    public static void clear() { ROWS.clear(); }

    @Bean
    ReturnSource testSsda903Source() { return forReturn(ReturnKind.SSDA903, "ssda903"); }

    @Bean
    ReturnSource testCinSource() { return forReturn(ReturnKind.CIN, "cin"); }

    private static ReturnSource forReturn(ReturnKind kind, String name) {
        return new ReturnSource() {
            @Override
            public ReturnKind kind() { return kind; }

            @Override
            public void fill(int year, Rows rows) {
                ROWS.stream().filter(r -> r.returnName().equals(name)).forEach(r -> rows.add(r.table(), r.cells()));
            }
        };
    }
}
