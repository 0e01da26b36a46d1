package org.kindred.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.access.Role;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A CIN census imports whole, streamed a child at a time: a fault part-way leaves nothing, a census of another year
 * overlapping the last adds nothing twice, progress is told as it goes, encoding faults name their line and byte
 * offset, and an element holding over 1 MB of text is refused.
 */
class CinImportWholeIT extends DatabaseIT {
    @Autowired
    ReturnImports imports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        owner.jdbc().sql("drop trigger if exists cin_whole_fault on contact").update();
    }

    private static String census(int year, String children) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>%d</Year>
                <ReferenceDate>%d-03-31</ReferenceDate></CollectionDetails></Header>
                <Children>%s</Children></Message>
                """.formatted(year, year, children);
    }

    private static String child(String id, String... referrals) {
        StringBuilder b = new StringBuilder("<Child><ChildIdentifiers><LAchildID>" + id
                + "</LAchildID><PersonBirthDate>2014-03-01</PersonBirthDate><Sex>2</Sex></ChildIdentifiers>\n");
        for (String r : referrals) {
            b.append("<CINdetails><CINreferralDate>").append(r).append("</CINreferralDate><ReferralSource>2A</ReferralSource>")
                    .append("<PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>\n");
        }
        return b.append("</Child>\n").toString();
    }

    private long referrals(String laChildId) {
        return jdbc.sql("""
                select count(*) from contact c where c.deleted_at is null and c.decision = 'REFERRAL'
                  and c.child_id in (select child_id from return_import_ledger where source_key = ?)""")
                .param("Child|" + laChildId).query(Long.class).single();
    }

    @Test
    void aCensusOfAnotherYearOverlappingTheLastAddsNothingTwice(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        String a = "CW" + System.nanoTime() % 1_000_000_000L;
        Path first = dir.resolve("2025.xml");
        Files.writeString(first, census(2025, child(a, "2024-05-01", "2024-11-20")));
        ImportResult one = imports.run("cin", first, null, 0.95);
        assertThat(one.added()).as(one.problems().toString()).containsEntry("CIN episodes", 2);

        // The next year's census carries both episodes again and one more.
        Path second = dir.resolve("2026.xml");
        Files.writeString(second, census(2026, child(a, "2024-05-01", "2024-11-20", "2025-09-01")));
        ImportResult two = imports.run("cin", second, null, 0.95);
        assertThat(two.problems()).isEmpty();
        assertThat(two.added()).containsEntry("CIN episodes", 1);
        assertThat(two.alreadyImported()).containsEntry("CIN episodes", 2);
        assertThat(referrals(a)).isEqualTo(3);
    }

    @Test
    void aFaultPartWayThroughACensusLeavesNothingOfIt(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        String a = "CX" + System.nanoTime() % 1_000_000_000L;
        String b = "CY" + System.nanoTime() % 1_000_000_000L;
        Path file = dir.resolve("census.xml");
        Files.writeString(file, census(2026, child(a, "2025-05-01") + child(b, "2025-06-13")));
        // The second child's contact meets a fault no rule foresaw: the import stops, and the first child goes too.
        owner.jdbc().sql("""
                create or replace function cin_whole_fault() returns trigger language plpgsql as $$
                begin
                  if new.received_at::date = date '2025-06-13' then raise exception 'simulated fault'; end if;
                  return new;
                end $$""").update();
        owner.jdbc().sql("create trigger cin_whole_fault before insert on contact for each row execute function cin_whole_fault()")
                .update();
        long ledger = jdbc.sql("select count(*) from return_import_ledger").query(Long.class).single();
        long contacts = jdbc.sql("select count(*) from contact").query(Long.class).single();
        assertThatThrownBy(() -> imports.run("cin", file, null, 0.95)).hasStackTraceContaining("simulated fault");
        assertThat(jdbc.sql("select count(*) from return_import_ledger").query(Long.class).single()).isEqualTo(ledger);
        assertThat(jdbc.sql("select count(*) from contact").query(Long.class).single()).isEqualTo(contacts);
    }

    @Test
    void progressIsToldChildByChildAndAtTheEnd(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        String p = "CP" + System.nanoTime() % 1_000_000_000L;
        Path file = dir.resolve("census.xml");
        Files.writeString(file, census(2026, child(p + "A", "2025-05-01") + child(p + "B", "2025-05-02")
                + child(p + "C", "2025-05-03")));
        List<long[]> steps = new ArrayList<>();
        long[] done = {-1, -1};
        imports.run("cin", file, null, 0.95, null, new ImportProgress() {
            @Override
            public void step(int children, long bytesRead, long totalBytes) {
                steps.add(new long[] {children, bytesRead, totalBytes});
            }

            @Override
            public void done(int children, long totalBytes) {
                done[0] = children;
                done[1] = totalBytes;
            }
        });
        assertThat(steps).extracting(s -> s[0]).containsExactly(1L, 2L, 3L);
        assertThat(steps).allSatisfy(s -> assertThat(s[2]).isEqualTo(Files.size(file)));
        assertThat(steps.get(2)[1]).isGreaterThanOrEqualTo(steps.get(0)[1]);
        assertThat(done).containsExactly(3, Files.size(file));
    }

    @Test
    void encodingFaultsNameTheirLineAndByteOffset(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        StringBuilder children = new StringBuilder();
        for (int i = 0; i < 12; i++) children.append(child("CE" + i, "2025-05-01"));
        String text = census(2026, children.toString());
        int at = text.indexOf("CE11");
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        latin1.write(0xE9); // é in Latin-1: never a whole UTF-8 character
        latin1.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("latin1.xml");
        Files.write(file, latin1.toByteArray());
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThat(line).isGreaterThan(10);
        assertThatThrownBy(() -> imports.run("cin", file, null, 0.95)).isInstanceOf(ReturnFileException.class)
                .satisfies(e -> assertThat(((ReturnFileException) e).line()).isEqualTo(line))
                .hasMessageContaining("byte offset " + text.substring(0, at).getBytes(StandardCharsets.UTF_8).length);

        Path utf16 = dir.resolve("utf16.xml");
        Files.writeString(utf16, text, StandardCharsets.UTF_16); // Java writes the byte-order mark
        assertThatThrownBy(() -> imports.run("cin", utf16, null, 0.95)).isInstanceOf(ReturnFileException.class)
                .hasMessageContaining("UTF-16");
    }

    @Test
    void anElementOfMoreThanOneMegabyteIsRefused(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        Path file = dir.resolve("huge.xml");
        Files.writeString(file, census(2026, child("CH" + "9".repeat(1_100_000), "2025-05-01")));
        assertThatThrownBy(() -> imports.run("cin", file, null, 0.95)).isInstanceOf(ReturnFileException.class)
                .hasMessageContaining("more than 1 MB");
    }
}
