package org.kindred.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kindred.audit.AuditChain;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Connected as the application's role (the data source every part of Kindred uses), each way a superuser tampered
 * with the audit trail (issue 20) fails: a back-dated entry, triggers switched off by table or by replication role,
 * a trigger dropped, a trigger function replaced, the table dropped; and the trail cannot be changed, deleted,
 * truncated, nor its chain written or its numbering moved.
 */
class LeastPrivilegeIT extends DatabaseIT {
    @Autowired
    DataSource dataSource;

    @Autowired
    AuditChain chain;

    private JdbcClient app() {
        return JdbcClient.create(dataSource);
    }

    @Test
    void theApplicationsRoleIsNotTheOwnerAndOwnsNothing() {
        assertThat(owner.appRole()).as("a separate application role is configured").isPresent();
        JdbcClient app = app();
        assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo(owner.appRole().get());
        assertThat(app.sql("select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls"
                + " from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(app.sql("""
                select (select count(*) from pg_class where relowner = r.oid) + (select count(*) from pg_proc where proowner = r.oid)
                     + (select count(*) from pg_namespace where nspowner = r.oid) + (select count(*) from pg_type where typowner = r.oid)
                from pg_roles r where rolname = current_user""").query(Long.class).single()).isZero();
        assertThat(owner.jdbc().sql("select current_user").query(String.class).single()).isNotEqualTo(owner.appRole().get());
    }

    @Test
    void aBackDatedEntryTakesTheDatabasesNumberAndTime() {
        JdbcClient app = app();
        app.sql("insert into audit_entry (id, at, username, action, record_type) values (-7, '2001-01-01', 'x', 'BACKDATE_AS_APP', 'person')")
                .update();
        assertThat(app.sql("select count(*) from audit_entry where action = 'BACKDATE_AS_APP' and id > 0 and at > now() - interval '1 hour'")
                .query(Long.class).single()).isOne();
        assertThat(app.sql("select count(*) from audit_entry where action = 'BACKDATE_AS_APP' and (id = -7 or at < '2002-01-01')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theTriggersCannotBeSwitchedOffDroppedOrReplaced() {
        JdbcClient app = app();
        refused(app, "alter table audit_entry disable trigger all", "must be owner");
        refused(app, "alter table audit_entry disable trigger audit_entry_stamp", "must be owner");
        refused(app, "set session_replication_role = replica", "permission denied");
        refused(app, "drop trigger audit_entry_no_change on audit_entry", "must be owner");
        refused(app, "drop trigger audit_entry_chain on audit_entry", "must be owner");
        refused(app, """
                create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
                begin return new; end $$""", "permission denied");
        refused(app, """
                create or replace function audit_entry_stamp() returns trigger language plpgsql as $$
                begin return new; end $$""", "permission denied");
        refused(app, "create function kindred_probe() returns int language sql as 'select 1'", "permission denied");
        refused(app, "create table kindred_probe (id int)", "permission denied");
        refused(app, "drop table audit_entry", "must be owner");
        refused(app, "drop table audit_chain", "must be owner");
        refused(app, "alter table audit_entry add column forged text", "must be owner");
        // Still in force, whatever was tried above.
        assertThat(owner.jdbc().sql("select count(*) from pg_trigger where tgrelid = 'audit_entry'::regclass and tgenabled = 'O'")
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theTrailCanOnlyGrow() {
        JdbcClient app = app();
        app.sql("insert into audit_entry (username, action, record_type) values ('t', 'GROW_ONLY', 'person')").update();
        refused(app, "update audit_entry set username = 'x' where action = 'GROW_ONLY'", "permission denied");
        refused(app, "delete from audit_entry where action = 'GROW_ONLY'", "permission denied");
        refused(app, "truncate audit_entry", "permission denied");
        refused(app, "insert into audit_chain (entry_id, hash) values (-1, 'forged')", "permission denied");
        refused(app, "update audit_chain set hash = 'forged'", "permission denied");
        refused(app, "delete from audit_chain", "permission denied");
        refused(app, "truncate audit_chain", "permission denied");
        refused(app, "select setval('audit_entry_id_seq', 1)", "permission denied");
        assertThat(app.sql("select count(*) from audit_entry where action = 'GROW_ONLY' and username = 't'").query(Long.class).single())
                .isOne();
    }

    @Test
    void aTemporaryTableCannotStandInForTheChain() {
        JdbcClient app = app();
        // The role may make temporary tables; the chain's trigger must still write to the real chain.
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)).executeWithoutResult(s -> {
            app.sql("create temporary table audit_chain (seq bigserial, entry_id bigint, hash text) on commit drop").update();
            app.sql("insert into public.audit_entry (username, action, record_type) values ('t', 'TEMP_CHAIN', 'person')").update();
        });
        long id = app.sql("select max(id) from audit_entry where action = 'TEMP_CHAIN'").query(Long.class).single();
        assertThat(app.sql("select count(*) from public.audit_chain where entry_id = ?").param(id).query(Long.class).single()).isOne();
        AuditChain.Result result = chain.verify();
        assertThat(result.intact()).as(result.firstBroken().orElse("")).isTrue();
    }

    private static void refused(JdbcClient app, String sql, String why) {
        assertThatThrownBy(() -> app.sql(sql).update()).as(sql)
                .satisfies(e -> assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .contains(why));
    }
}
