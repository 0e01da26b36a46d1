package org.kindred.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.access.Role;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Children of a CIN census are written a batch at a time (ADR 0036), and still each child stands alone: a child the
 * register refuses makes its batch fall back to one child at a time, so the others import and that one is reported
 * alone; a referral the front door refuses is reported and its child not created; a batch writes the audit entries
 * and chronology the one-at-a-time path does.
 */
class CinImportBatchIT extends DatabaseIT {
    @Autowired
    ReturnImports imports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String census(String children) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header>
                <Children>%s</Children></Message>
                """.formatted(children);
    }

    private static String child(String id, String born, String... referrals) {
        StringBuilder b = new StringBuilder("<Child><ChildIdentifiers><LAchildID>" + id
                + "</LAchildID><PersonBirthDate>" + born + "</PersonBirthDate><Sex>1</Sex></ChildIdentifiers>\n");
        for (String r : referrals) {
            b.append("<CINdetails><CINreferralDate>").append(r).append("</CINreferralDate><ReferralSource>1A</ReferralSource>")
                    .append("<PrimaryNeedCode>N2</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>\n");
        }
        return b.append("</Child>\n").toString();
    }

    private Long person(String laChildId) {
        return jdbc.sql("select child_id from return_import_ledger where return_name = 'cin' and source_key = ?")
                .param("Child|" + laChildId).query(Long.class).optional().orElse(null);
    }

    private long referrals(Long child) {
        return jdbc.sql("select count(*) from referral where child_id = ? and deleted_at is null").param(child)
                .query(Long.class).single();
    }

    @Test
    void aChildTheRegisterRefusesIsReportedAloneAndTheRestOfItsBatchImports(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        String p = "BF" + System.nanoTime() % 1_000_000_000L;
        Path file = dir.resolve("census.xml");
        // The second child was born in 1850: the register refuses the date, which no check before the batch foresaw.
        Files.writeString(file, census(child(p + "A", "2015-02-01", "2025-05-01")
                + child(p + "B", "1850-02-01", "2025-05-02") + child(p + "C", "2016-03-01", "2025-05-03", "2025-09-03")));
        ImportResult result = imports.run("cin", file, null, 0.95);

        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).describe()).contains(p + "B").contains("dateOfBirth");
        assertThat(result.added()).containsEntry("CIN episodes", 3).containsEntry("referrals", 3)
                .containsEntry("children created on the register", 2);
        assertThat(person(p + "B")).isNull();
        assertThat(referrals(person(p + "A"))).isEqualTo(1);
        assertThat(referrals(person(p + "C"))).isEqualTo(2);
    }

    @Test
    void aReferralTheFrontDoorRefusesIsReportedAloneWithoutCreatingItsChild(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        String p = "BR" + System.nanoTime() % 1_000_000_000L;
        Path file = dir.resolve("census.xml");
        // The second child's only referral is from 2013, before the front door's first year.
        Files.writeString(file, census(child(p + "A", "2015-02-01", "2025-05-01")
                + child(p + "B", "2010-02-01", "2013-05-02") + child(p + "C", "2016-03-01", "2013-05-03", "2025-09-03")));
        ImportResult result = imports.run("cin", file, null, 0.95);

        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems()).allSatisfy(x -> assertThat(x.describe()).contains("receivedAt")
                .contains("2015 or later"));
        assertThat(result.problems().get(0).describe()).contains(p + "B");
        assertThat(result.problems().get(1).describe()).contains(p + "C");
        assertThat(result.added()).containsEntry("CIN episodes", 2).containsEntry("children created on the register", 2);
        assertThat(person(p + "B")).isNull();
        assertThat(referrals(person(p + "C"))).isEqualTo(1);

        // Importing it again adds nothing, and reports the same refusals.
        ImportResult again = imports.run("cin", file, null, 0.95);
        assertThat(again.added()).doesNotContainKey("CIN episodes");
        assertThat(again.alreadyImported()).containsEntry("CIN episodes", 2);
        assertThat(again.problems()).hasSize(2);
        assertThat(referrals(person(p + "C"))).isEqualTo(1);
    }

    @Test
    void aBatchWritesTheAuditEntriesAndChronologyOfEachStep(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        String p = "BA" + System.nanoTime() % 1_000_000_000L;
        Path file = dir.resolve("census.xml");
        Files.writeString(file, census(child(p + "A", "2015-02-01", "2025-05-01") + child(p + "B", "2016-02-01", "2025-06-01")));
        ImportResult result = imports.run("cin", file, null, 0.95);
        assertThat(result.problems()).isEmpty();

        Long child = person(p + "B");
        long contact = jdbc.sql("select id from contact where child_id = ?").param(child).query(Long.class).single();
        long referral = jdbc.sql("select id from referral where contact_id = ?").param(contact).query(Long.class).single();
        assertThat(jdbc.sql("select decision from contact where id = ?").param(contact).query(String.class).single())
                .isEqualTo("REFERRAL");
        assertThat(jdbc.sql("""
                select action || ' ' || record_type from audit_entry
                where (record_type = 'person' and record_id = ?) or (record_type = 'contact' and record_id = ?)
                   or (record_type = 'referral' and record_id = ?) order by id""")
                .params(child.toString(), Long.toString(contact), Long.toString(referral)).query(String.class).list())
                .containsExactly("CREATE person", "CREATE contact", "DECIDE contact", "CREATE referral");
        assertThat(jdbc.sql("select category from chronology_entry where child_id = ? order by id").param(child)
                .query(String.class).list()).containsExactly("Contact", "Decision", "Referral");
        assertThat(jdbc.sql("select summary from chronology_entry where child_id = ? and category = 'Referral'")
                .param(child).query(String.class).single()).startsWith("Referral to children's social care, primary need N2");
    }
}
