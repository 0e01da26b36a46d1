package org.kindred.care.internal;

import java.util.HashSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.register.CareLeavers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Care leavers as the care module keeps them current (care_due.leaver), for the Children list. */
@Component
@RequiredArgsConstructor
class CareLeaverIds implements CareLeavers {
    private final JdbcClient jdbc;

    @Override
    public Set<Long> ids() {
        return new HashSet<>(jdbc.sql("select distinct child_id from care_due where leaver").query(Long.class).list());
    }
}
