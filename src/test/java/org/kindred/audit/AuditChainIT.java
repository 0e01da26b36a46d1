package org.kindred.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail is tamper-evident: entries cannot be back-dated, and an entry changed or added behind the
 * triggers' back (as only a database owner could) breaks the chain at that entry. Each test repairs what it broke,
 * so the trail is intact again for the tests after it.
 */
class AuditChainIT extends DatabaseIT {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChain chain;

    @Test
    void backDatingIsImpossibleAndTamperingBreaksTheChain() {
        jdbc.sql("insert into audit_entry (id, at, username, action, record_type) values (1, '2001-01-01', 'x', 'BACKDATED', 'person')")
                .update();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'BACKDATED' and (at < now() - interval '1 hour' or id = 1)")
                .query(Long.class).single()).isZero();
        AuditChain.Result before = chain.verify();
        assertThat(before.intact()).as(before.firstBroken().orElse("")).isTrue();
        assertThat(before.checked()).isPositive();

        long id = jdbc.sql("select max(id) from audit_entry where action = 'BACKDATED'").query(Long.class).single();
        // An owner could switch the append-only trigger off and rewrite an entry: the chain names it.
        asOwner(o -> {
            o.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
            o.sql("update audit_entry set detail = 'rewritten' where id = ?").param(id).update();
            o.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
        });
        AuditChain.Result after = chain.verify();
        assertThat(after.firstBroken()).hasValueSatisfying(b -> assertThat(b).contains("entry " + id).contains("changed"));
        // Put it back as it was: the chain holds again (the check is of content, not of an edit having happened).
        asOwner(o -> {
            o.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
            o.sql("update audit_entry set detail = null where id = ?").param(id).update();
            o.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
        });
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void anEntryAddedWithTheChainSwitchedOffIsFound() {
        asOwner(o -> {
            o.sql("alter table audit_entry disable trigger audit_entry_chain").update();
            o.sql("insert into audit_entry (username, action, record_type) values ('x', 'UNCHAINED', 'person')").update();
            o.sql("alter table audit_entry enable trigger audit_entry_chain").update();
        });
        long id = jdbc.sql("select max(id) from audit_entry where action = 'UNCHAINED'").query(Long.class).single();
        assertThat(chain.verify().firstBroken()).hasValueSatisfying(b -> assertThat(b).contains("entry " + id)
                .contains("not in the chain"));
        // Chain it now, as an administrator repairing the trail would after recording why.
        asOwner(o -> o.sql("""
                insert into audit_chain (entry_id, hash)
                select e.id, encode(sha256(convert_to(coalesce((select hash from audit_chain order by seq desc limit 1), 'genesis')
                       || E'\\n' || audit_entry_canonical(e), 'UTF8')), 'hex') from audit_entry e where e.id = ?""")
                .param(id).update());
        assertThat(chain.verify().intact()).isTrue();
    }
}
