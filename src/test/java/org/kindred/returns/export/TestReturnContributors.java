package org.kindred.returns.export;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kindred.returns.ReturnContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Contributors for tests, standing in for the modules whose contributors are not merged yet: one for SSDA903, one
 * for the CIN census. They give nothing until a test hands them rows (and clears them after), so they change no
 * other test's returns.
 */
@Configuration
public class TestReturnContributors {
    /** A row for one table of one return ("ssda903" or "cin"). */
    public record Row(String returnName, String table, Map<String, String> cells) {
    }

    private static final List<Row> ROWS = new CopyOnWriteArrayList<>();

    public static void give(List<Row> rows) { ROWS.addAll(rows); }

    public static void clear() { ROWS.clear(); }

    @Bean
    ReturnContributor testSsda903Contributor() { return forReturn("ssda903"); }

    @Bean
    ReturnContributor testCinContributor() { return forReturn("cin"); }

    private static ReturnContributor forReturn(String name) {
        return new ReturnContributor() {
            @Override
            public String returnName() { return name; }

            @Override
            public void contribute(int year, Rows rows) {
                ROWS.stream().filter(r -> r.returnName().equals(name)).forEach(r -> rows.add(r.table(), r.cells()));
            }
        };
    }
}
