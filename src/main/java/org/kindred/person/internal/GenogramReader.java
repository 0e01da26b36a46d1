package org.kindred.person.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.person.genogram.FamilyGraph;
import org.kindred.person.genogram.Genogram;
import org.kindred.person.genogram.GenogramDrawing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The family for a child's genogram: everyone within two recorded relationships of the child, walking only through
 * people this user may see (a restricted relative is neither drawn nor a way to others). The caller audits the view.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GenogramReader {
    /** Two steps reach grandparents, aunts and uncles through a parent, and a parent's other children and partners. */
    static final int STEPS = 2;
    static final int MOST = 60;
    private final JdbcClient jdbc;

    public Genogram forChild(long childId) {
        Set<Long> ids = new LinkedHashSet<>(List.of(childId));
        for (int step = 0; step < STEPS && ids.size() < MOST; step++) ids.addAll(neighbours(ids));
        Long[] all = ids.stream().limit(MOST).toArray(Long[]::new);
        CurrentUser user = CurrentUser.get();
        List<FamilyGraph.Member> members = new ArrayList<>(jdbc.sql("""
                        select p.id, p.given_names || ' ' || p.family_name as name, p.sex, p.date_of_birth, p.date_of_death
                        from person p where p.id = any(:ids) and """ + " " + PersonRows.VISIBLE + " order by p.date_of_birth nulls last, p.id")
                .param("ids", all).param("admin", user.administrator()).param("uid", user.id())
                .query((rs, n) -> new FamilyGraph.Member(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))).list());
        Long[] visible = members.stream().map(FamilyGraph.Member::id).toArray(Long[]::new);
        List<FamilyGraph.Tie> ties = jdbc.sql("""
                        select person_id, related_id, kind from person_relationship
                        where person_id = any(:ids) and related_id = any(:ids) order by id""")
                .param("ids", visible).query((rs, n) -> new FamilyGraph.Tie(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
        return GenogramDrawing.draw(new FamilyGraph(childId, members, ties));
    }

    private List<Long> neighbours(Set<Long> ids) {
        CurrentUser user = CurrentUser.get();
        return jdbc.sql("""
                        select distinct p.id from person_relationship r
                        join person p on p.id = case when r.person_id = any(:ids) then r.related_id else r.person_id end
                        where (r.person_id = any(:ids) or r.related_id = any(:ids)) and """ + " " + PersonRows.VISIBLE)
                .param("ids", ids.toArray(Long[]::new)).param("admin", user.administrator()).param("uid", user.id())
                .query(Long.class).list();
    }
}
