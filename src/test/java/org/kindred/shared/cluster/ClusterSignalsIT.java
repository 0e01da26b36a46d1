package org.kindred.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.person.RegisterSearch;
import org.kindred.person.SearchCandidate;
import org.kindred.protection.internal.ProtectionChanges;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nodes on one PostgreSQL hear each other's changes (ADR 0022): a signal leaves with its transaction's commit, never
 * with a rollback; another node's signal reaches the search index and the lists kept between requests. Another node is
 * played here by a plain connection that changes the register and sends what a node would.
 */
class ClusterSignalsIT extends DatabaseIT {
    @Autowired ClusterSignals signals;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired RegisterSearch search;
    @Autowired ProtectionChanges protectionChanges;

    @Test
    void aSignalLeavesWhenItsTransactionCommitsOnceAndNeverOnRollback() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            try (Statement s = other.createStatement()) {
                s.execute("LISTEN " + PostgresSignals.CHANNEL);
            }
            PGConnection pg = other.unwrap(PGConnection.class);
            TransactionTemplate tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(status -> {
                signals.send("test.topic", "rolled-back");
                status.setRollbackOnly();
            });
            List<String> heard = new ArrayList<>();
            tx.executeWithoutResult(status -> {
                signals.send("test.topic", "committed");
                signals.send("test.topic", "committed");
                heard.addAll(payloads(pg, 300));
            });
            assertThat(heard).as("heard before the commit").isEmpty();
            heard.addAll(payloads(pg, 1000));
            assertThat(heard).as("heard after the commit").hasSize(1);
            assertThat(heard.get(0)).endsWith("|test.topic|committed");
            try (Statement s = other.createStatement()) {
                s.execute("UNLISTEN *");
            }
        }
    }

    @Test
    void aTransactionOfItsOwnInsideAnotherSendsItsOwnSignals() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            try (Statement s = other.createStatement()) {
                s.execute("LISTEN " + PostgresSignals.CHANNEL);
            }
            PGConnection pg = other.unwrap(PGConnection.class);
            TransactionTemplate outer = new TransactionTemplate(transactions);
            TransactionTemplate inner = new TransactionTemplate(transactions);
            inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            outer.executeWithoutResult(status -> {
                signals.send("test.topic", "outer");
                inner.executeWithoutResult(s -> signals.send("test.topic", "inner"));
                status.setRollbackOnly();
            });
            List<String> heard = payloads(pg, 1000);
            assertThat(heard).as("the inner transaction committed, the outer rolled back").hasSize(1);
            assertThat(heard.get(0)).endsWith("|test.topic|inner");
            try (Statement s = other.createStatement()) {
                s.execute("UNLISTEN *");
            }
        }
    }

    @Test
    void anotherNodesChangeReachesTheSearchIndexAndTheKeptListsWithinASecond() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        String before = "Ormesby" + (char) ('a' + (int) (System.nanoTime() % 26)) + "thwaite";
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"Araminta","familyName":"%s","dateOfBirth":"2016-08-14","sex":"FEMALE"}"""
                                .formatted(before)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Api.JSON.readTree(body).get("id").asLong();
        String after = "Penhallow" + (char) ('a' + (int) (System.nanoTime() % 26)) + "rick";

        // Another node renames her and says so; this node's own events never saw the change.
        jdbc.sql("update person set family_name = ? where id = ?").params(after, id).update();
        long version = protectionChanges.version();
        long told = System.nanoTime();
        jdbc.sql("select pg_notify('" + PostgresSignals.CHANNEL + "', ?), pg_notify('" + PostgresSignals.CHANNEL + "', ?)")
                .params("another-node|person.register|" + id, "another-node|protection.changes|").query(Object.class).list();

        actAs(worker);
        List<SearchCandidate> found = List.of();
        while (System.nanoTime() - told < 3_000_000_000L) {
            found = search.search("Araminta " + after + " 14/8/2016", 5).stream()
                    .filter(c -> c.person().id() == id).toList();
            if (!found.isEmpty()) break;
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - told) / 1e9;
        assertThat(found).as("found by her new name after another node's change").isNotEmpty();
        assertThat(seconds).as("seconds until searchable").isLessThan(1.0);
        // the same batch of signals, handed to protection just after the index
        while (protectionChanges.version() == version && System.nanoTime() - told < 1_000_000_000L) Thread.sleep(10);
        assertThat(protectionChanges.version()).as("protection's kept lists forgotten within a second").isGreaterThan(version);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private static List<String> payloads(PGConnection pg, int millis) {
        List<String> out = new ArrayList<>();
        PGNotification[] got;
        try {
            got = pg.getNotifications(millis);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (got != null) {
            for (PGNotification n : got) {
                if (n.getParameter().contains("|test.topic|")) out.add(n.getParameter());
            }
        }
        return out;
    }
}
