-- The longest names and address lines the register takes (FieldLengths); NOT VALID: checked on new rows only.
alter table person add constraint person_name_length
    check (char_length(given_names) <= 100 and char_length(family_name) <= 100) not valid;
alter table person_name add constraint person_name_name_length
    check (char_length(coalesce(given_names, '')) <= 100 and char_length(family_name) <= 100) not valid;
alter table person_address add constraint person_address_length
    check (char_length(coalesce(line1, '')) <= 200 and char_length(coalesce(line2, '')) <= 200
           and char_length(coalesce(town, '')) <= 200) not valid;
