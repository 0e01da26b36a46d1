-- The genogram: a person's date of death (drawn crossed out) and partners recorded as such, not only inferred
-- from a shared child.
alter table person add column date_of_death date;
alter table person add constraint person_death_after_birth check (date_of_death is null or date_of_birth is null
                                                                 or date_of_death >= date_of_birth);
alter table person_relationship drop constraint person_relationship_kind_check;
alter table person_relationship add constraint person_relationship_kind_check
    check (kind in ('MOTHER', 'FATHER', 'STEP_PARENT', 'SIBLING', 'HALF_SIBLING', 'GRANDPARENT', 'CARER', 'CHILD',
                    'OTHER', 'PARTNER'));
