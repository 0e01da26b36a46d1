package org.kindred.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.access.Role;
import org.kindred.access.UserView;
import org.kindred.returns.export.ReturnExport;
import org.kindred.returns.ssda903.Ssda903Reader;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Table;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 7's acceptance: import of the fake SSDA903 return followed by export reproduces the same episodes for the
 * children whose data is valid (the episodes open at any time in 2017/18, the fake return's collection year).
 */
class Ssda903RoundTripIT extends DatabaseIT {
    private static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");
    private static final List<String> COLUMNS = List.of("DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC",
            "REC", "REASON_PLACE_CHANGE", "PL_POST");
    private static final LocalDate START = LocalDate.of(2017, 4, 1);
    private static final LocalDate END = LocalDate.of(2018, 3, 31);

    @Autowired ReturnImports imports;
    @Autowired ReturnExport export;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void importThenExportGivesBackTheSameEpisodes(@TempDir Path out) {
        actAs(user(Role.ADMINISTRATOR));
        imports.run("ssda903", FAKE, null, 0.95);
        Map<String, String> personToChild = new HashMap<>();
        jdbc.sql("select source_key, child_id from return_import_ledger where return_name = 'ssda903' and source_key like 'Child|%'")
                .query((rs, n) -> personToChild.put(Long.toString(rs.getLong(2)), rs.getString(1).substring(6))).list();
        assertThat(personToChild).hasSizeGreaterThan(50);

        Map<String, List<List<String>>> file = episodes(Ssda903Reader.readTables(FAKE).get("Episodes"), null);
        export.export(ReturnKind.SSDA903, 2018, out);
        Map<String, List<List<String>>> exported = episodes(Ssda903Reader.readTables(out).get("Episodes"), personToChild);
        int compared = 0;
        for (String child : personToChild.values()) {
            List<List<String>> expected = file.getOrDefault(child, List.of());
            assertThat(exported.getOrDefault(child, List.of())).as("child " + child).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(100);
    }

    /** Episodes open at any time in the year, by the return's child id, each as its columns in order of DECOM. */
    private static Map<String, List<List<String>>> episodes(Table t, Map<String, String> personToChild) {
        Map<String, List<List<String>>> byChild = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            LocalDate decom = Cells.date(t.get(r, "DECOM"));
            LocalDate dec = Cells.date(t.get(r, "DEC"));
            if (decom.isAfter(END) || (dec != null && dec.isBefore(START))) continue;
            String child = personToChild == null ? t.get(r, "CHILD") : personToChild.get(t.get(r, "CHILD"));
            if (child == null) continue;
            List<String> row = new ArrayList<>();
            for (String c : COLUMNS) {
                String v = t.get(r, c);
                row.add(c.equals("REC") && dec == null || v == null ? "" : v.trim());
            }
            byChild.computeIfAbsent(child, k -> new ArrayList<>()).add(row);
        }
        byChild.values().forEach(l -> l.sort(java.util.Comparator.comparing(row -> Cells.date(row.get(0)))));
        return byChild;
    }
}
