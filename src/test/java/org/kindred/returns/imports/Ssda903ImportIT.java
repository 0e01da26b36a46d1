package org.kindred.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.access.UserView;
import org.kindred.care.CareRecords;
import org.kindred.care.Episode;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The acceptance of issue 7 on Kindred's side: the fake SSDA903 return imported, then for every child imported the
 * care module's episodes (its public API) are the file's episodes, cell for cell. Importing again changes nothing.
 */
class Ssda903ImportIT extends DatabaseIT {
    private static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ReturnImports imports;

    @Autowired
    CareRecords care;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFakeReturnsEpisodesComeBackFromTheCareModuleAndASecondImportChangesNothing() throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        ImportResult first = imports.run("ssda903", FAKE, null, 0.95);
        first.problems().stream().filter(p -> p.message().startsWith("child ")).forEach(p -> System.out.println(p.describe()));
        Map<String, Long> children = importedChildren();
        assertThat(children).hasSizeGreaterThan(50);
        assertThat(first.problems()).isNotEmpty(); // the fake return is random: most children's histories do not hold together
        assertThat(first.problems()).allSatisfy(p -> assertThat(p.file()).contains("fake_data"));
        assertThat(first.notImported()).containsKeys("UASC", "OC3");

        Map<String, List<CSVRecord>> file = episodesByChild();
        // Other tests' imports share the database's ledger: compare the fake return's children only.
        children.keySet().retainAll(file.keySet());
        int compared = 0;
        for (Map.Entry<String, Long> child : children.entrySet()) {
            List<Episode> kindred = care.find(child.getValue()).periods().stream()
                    .flatMap(p -> p.episodes().stream()).toList();
            List<CSVRecord> expected = file.get(child.getKey());
            assertThat(kindred).as("child " + child.getKey()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(row(kindred.get(i))).as("child " + child.getKey() + " episode " + i).isEqualTo(row(expected.get(i)));
            }
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(100);

        long ledgerRows = count("return_import_ledger");
        long events = jdbc.sql("select count(*) from care_event").query(Long.class).single();
        long people = count("person");
        ImportResult second = imports.run("ssda903", FAKE, null, 0.95);
        assertThat(second.added()).as("a second import adds nothing").isEmpty();
        assertThat(second.alreadyImported().get("episodes")).isEqualTo(compared);
        assertThat(count("return_import_ledger")).isEqualTo(ledgerRows);
        assertThat(jdbc.sql("select count(*) from care_event").query(Long.class).single()).isEqualTo(events);
        assertThat(count("person")).isEqualTo(people);
        assertThat(second.problems()).hasSameSizeAs(first.problems());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Map<String, Long> importedChildren() {
        Map<String, Long> children = new HashMap<>();
        jdbc.sql("select source_key, child_id from return_import_ledger where return_name = 'ssda903' and source_key like 'Child|%'")
                .query((rs, n) -> children.put(rs.getString(1).substring(6), rs.getLong(2))).list();
        return children;
    }

    private static Map<String, List<CSVRecord>> episodesByChild() throws Exception {
        Map<String, List<CSVRecord>> byChild = new HashMap<>();
        try (Reader in = Files.newBufferedReader(FAKE.resolve("episodes.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                byChild.computeIfAbsent(r.get("CHILD"), c -> new ArrayList<>()).add(r);
            }
        }
        byChild.values().forEach(l -> l.sort(java.util.Comparator.comparing(r -> LocalDate.parse(r.get("DECOM"), DMY))));
        return byChild;
    }

    /** DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, PL_POST, DEC, REC (while ceased), REASON_PLACE_CHANGE. */
    private static List<String> row(CSVRecord r) {
        boolean ceased = !r.get("DEC").isBlank();
        return List.of(r.get("DECOM"), r.get("RNE"), r.get("LS"), r.get("CIN"), r.get("PLACE"), r.get("PLACE_PROVIDER"),
                r.get("PL_POST"), r.get("DEC"), ceased ? r.get("REC") : "", r.get("REASON_PLACE_CHANGE"));
    }

    private static List<String> row(Episode e) {
        return List.of(e.started().format(DMY), e.reasonNew().code(), e.legalStatus().code(), e.categoryOfNeed().code(),
                e.placement().type().code(), e.placement().provider().code(),
                e.placement().postcode() == null ? "" : e.placement().postcode(),
                e.ceased() == null ? "" : e.ceased().format(DMY), e.reasonCeased() == null ? "" : e.reasonCeased().code(),
                e.placementChangeReason() == null ? "" : e.placementChangeReason().code());
    }
}
