package org.kindred.chronology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.chronology.ChronologyItem;
import org.kindred.shared.childpage.ChildPagePart;
import org.kindred.shared.childpage.ChildPageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The child's page: the last ten chronology entries, newest first, with a link to the whole chronology. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChronologyChildPart implements ChildPageSource {
    static final int SHOWN = 10;
    private final JdbcClient jdbc;

    /** The entries and the child, for the fragment's link to the rest. */
    public record Recent(long childId, List<ChronologyItem> entries) {
    }

    @Override
    public Optional<ChildPagePart> partFor(long childId, LocalDate today) {
        List<ChronologyItem> entries = jdbc.sql("select * from chronology_entry where child_id = ?"
                        + " order by occurred_at desc, id desc limit " + SHOWN)
                .param(childId).query(JdbcChronology::map).list();
        return Optional.of(ChildPagePart.section(60, "chronology/part :: recent", new Recent(childId, entries)));
    }
}
