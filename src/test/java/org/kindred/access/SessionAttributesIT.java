package org.kindred.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** Two requests of one session that each add the same attribute both succeed (two tabs opened together). */
class SessionAttributesIT extends DatabaseIT {
    @Autowired
    JdbcIndexedSessionRepository repository;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsAddingTheSameAttributeBothSave() {
        SessionRepository<Session> sessions = (SessionRepository) repository;
        Session created = sessions.createSession();
        created.setAttribute("first", "kept");
        sessions.save(created);

        // Each request loads the session before the other has saved: neither sees the other's attribute.
        Session tabOne = sessions.findById(created.getId());
        Session tabTwo = sessions.findById(created.getId());
        tabOne.setAttribute("csrf", "token-one");
        tabTwo.setAttribute("csrf", "token-two");
        sessions.save(tabOne);
        sessions.save(tabTwo);

        Session after = sessions.findById(created.getId());
        assertThat((String) after.getAttribute("csrf")).as("the later save wins").isEqualTo("token-two");
        assertThat((String) after.getAttribute("first")).isEqualTo("kept");
        sessions.deleteById(created.getId());
    }
}
