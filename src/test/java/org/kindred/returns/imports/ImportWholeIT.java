package org.kindred.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** An SSDA903 import is whole: a fault part-way leaves nothing; an overlapping re-import adds nothing twice. */
class ImportWholeIT extends DatabaseIT {
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
    private static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n";

    @Autowired
    ReturnImports imports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        owner.jdbc().sql("drop trigger if exists import_whole_fault on care_event").update();
    }

    private static void write(Path dir, String header, String episodes, String reviews) throws Exception {
        Files.writeString(dir.resolve("header.csv"), HEADER + header);
        Files.writeString(dir.resolve("episodes.csv"), EPISODES + episodes);
        Files.writeString(dir.resolve("reviews.csv"), REVIEWS + reviews);
    }

    private long reviews(String child) {
        return jdbc.sql("""
                select count(*) from care_review r where r.deleted_at is null
                  and r.child_id in (select child_id from return_import_ledger where source_key = ?)""").param("Child|" + child).query(Long.class).single();
    }

    @Test
    void reImportingAnOverlappingReturnWithAnotherYearAddsNothingTwice(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        String child = "OV" + System.nanoTime() % 1_000_000_000L;
        String head = child + ",1,03/03/2012,WBRI,,,\n";
        String reviews = child + ",03/03/2012,20/05/2023,PN1\n" + child + ",03/03/2012,20/11/2023,PN1\n";
        write(dir, head, child + ",01/05/2023,S,C2,N1,U1,PR1,,,,,ZY1 2AB,\n", reviews);
        ImportResult first = imports.run("ssda903", dir, null, 0.95);
        assertThat(first.added()).as(first.problems().toString()).containsEntry("reviews", 2);
        assertThat(reviews(child)).isEqualTo(2);

        // One more episode moves the latest date into the next collection year.
        write(dir, head, child + ",01/05/2023,S,C2,N1,U1,PR1,10/06/2024,X1,CHILD,,ZY1 2AB,\n"
                + child + ",10/06/2024,P,C2,N1,U3,PR1,,,,,ZY1 2AB,\n", reviews);
        ImportResult second = imports.run("ssda903", dir, null, 0.95);
        assertThat(second.problems()).isEmpty();
        assertThat(second.added()).doesNotContainKey("reviews");
        assertThat(reviews(child)).isEqualTo(2);
    }

    @Test
    void aFaultPartWayThroughAFileLeavesNothingOfIt(@TempDir Path dir) throws Exception {
        actAs(user(Role.ADMINISTRATOR));
        String a = "WA" + System.nanoTime() % 1_000_000_000L;
        String b = "WB" + System.nanoTime() % 1_000_000_000L;
        write(dir, a + ",1,03/03/2012,WBRI,,,\n" + b + ",2,04/04/2013,WBRI,,,\n",
                a + ",01/05/2023,S,C2,N1,U1,PR1,,,,,ZY1 2AB,\n" + b + ",01/06/2023,S,C2,N1,U1,PR1,,,,,ZZ9 9ZZ,\n", "");
        // The second child's placement meets a fault no rule foresaw (a disk, a bug): the import stops.
        owner.jdbc().sql("""
                create or replace function import_whole_fault() returns trigger language plpgsql as $$
                begin
                  if new.placement_postcode = 'ZZ9 9ZZ' then raise exception 'simulated fault'; end if;
                  return new;
                end $$""").update();
        owner.jdbc().sql("create trigger import_whole_fault before insert on care_event for each row execute function import_whole_fault()")
                .update();
        long ledger = jdbc.sql("select count(*) from return_import_ledger").query(Long.class).single();
        long events = jdbc.sql("select count(*) from care_event").query(Long.class).single();
        assertThatThrownBy(() -> imports.run("ssda903", dir, null, 0.95)).hasStackTraceContaining("simulated fault");
        assertThat(jdbc.sql("select count(*) from return_import_ledger").query(Long.class).single()).isEqualTo(ledger);
        assertThat(jdbc.sql("select count(*) from care_event").query(Long.class).single()).isEqualTo(events);
    }
}
