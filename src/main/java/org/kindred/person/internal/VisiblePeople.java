package org.kindred.person.internal;

import org.kindred.access.CurrentUser;
import org.kindred.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the current user may see a person: a restricted record they may not see does not exist for them. */
@Component
class VisiblePeople {
    private final JdbcClient jdbc;

    VisiblePeople(JdbcClient jdbc) { this.jdbc = jdbc; }

    boolean canSee(long id) {
        CurrentUser user = CurrentUser.get();
        return jdbc.sql("select count(*) from person p where p.id = :id and " + PersonRows.VISIBLE)
                .param("id", id).param("admin", user.administrator()).param("uid", user.id())
                .query(Long.class).single() > 0;
    }

    void require(long id) {
        if (!canSee(id)) {
            throw new NotFound("Person");
        }
    }
}
