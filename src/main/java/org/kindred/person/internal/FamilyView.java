package org.kindred.person.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.person.Family;
import org.springframework.stereotype.Component;

/**
 * The family for the child's page, which audits its one view itself (ADR 0019): the same reads as
 * {@link JdbcFamilies#of}, restricted relatives still invisible, without a second audit entry.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FamilyView {
    private final JdbcFamilies families;

    public Family forChildPage(long childId) {
        return families.unaudited(childId);
    }
}
