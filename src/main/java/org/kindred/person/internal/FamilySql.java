package org.kindred.person.internal;

/** The SQL that derives a person's family from the register; :id is the person, other people are {@code p}. */
final class FamilySql {
    private FamilySql() {
    }

    /** Each relationship from this person's side: "forward" rows read "p is the kind of :id". */
    static final String RELATIONSHIPS = """
            select p.id, p.given_names, p.family_name, p.date_of_birth, p.kind as person_kind, r.kind, r.forward
            from (select related_id as other, kind, true as forward, id from person_relationship where person_id = :id
                  union all
                  select person_id, kind, false, id from person_relationship where related_id = :id) r
            join person p on p.id = r.other
            where p.id <> :id and %s
            order by r.id""".formatted(PersonRows.VISIBLE);

    /** Each of :ids's recorded children: their CHILD, or someone whose MOTHER or FATHER they are. */
    static final String CHILDREN = """
            select r.parent, p.id, p.given_names, p.family_name, p.date_of_birth, p.kind as person_kind
            from (select person_id as parent, related_id as other, id from person_relationship
                  where person_id = any(:ids) and kind = 'CHILD'
                  union all
                  select related_id, person_id, id from person_relationship
                  where related_id = any(:ids) and kind in ('MOTHER', 'FATHER')) r
            join person p on p.id = r.other
            where p.id <> r.parent and %s
            order by r.parent, r.id""".formatted(PersonRows.VISIBLE);

    /** People whose current address is this person's current address. */
    static final String HOUSEHOLD = """
            select p.id, p.given_names, p.family_name, p.date_of_birth, p.kind as person_kind
            from person_address mine
            join person_address a on a.to_date is null and a.postcode = mine.postcode
                 and lower(coalesce(a.line1, '')) = lower(coalesce(mine.line1, '')) and a.person_id <> mine.person_id
            join person p on p.id = a.person_id
            where mine.person_id = :id and mine.to_date is null and %s
            group by p.id order by p.date_of_birth nulls last, p.id""".formatted(PersonRows.VISIBLE);

    /** Siblings recorded as such, and children sharing a mother or father (a parent recorded either way round). */
    static final String SIBLINGS = """
            with my_parents as (
                select related_id as parent, kind from person_relationship
                where person_id = :id and kind in ('MOTHER', 'FATHER')
                union
                select person_id, 'PARENT' from person_relationship where related_id = :id and kind = 'CHILD'),
            sharing as (
                select r.person_id as sib, m.kind from my_parents m
                join person_relationship r on r.related_id = m.parent and r.kind in ('MOTHER', 'FATHER')
                union
                select r.related_id, m.kind from my_parents m
                join person_relationship r on r.person_id = m.parent and r.kind = 'CHILD'),
            recorded as (
                select related_id as sib, kind from person_relationship
                where person_id = :id and kind in ('SIBLING', 'HALF_SIBLING')
                union
                select person_id, kind from person_relationship
                where related_id = :id and kind in ('SIBLING', 'HALF_SIBLING'))
            select p.id, p.given_names, p.family_name, p.date_of_birth, p.kind as person_kind,
                   string_agg(distinct s.kind, ',') as kinds
            from (select * from sharing union select * from recorded) s
            join person p on p.id = s.sib
            where s.sib <> :id and %s
            group by p.id order by p.date_of_birth nulls last, p.id""".formatted(PersonRows.VISIBLE);
}
