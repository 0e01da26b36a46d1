-- The birthday an OC3 outcome is about (date of birth plus its age), stored when it is recorded: the SSDA903 return
-- places an outcome in the year of that birthday, and the insight pages by its month. Care reaches dates of birth
-- only through the register's API, so the day is kept here. Outcomes recorded before this column have none.
alter table care_leaver_outcome add column birthday date;
create index care_leaver_outcome_birthday on care_leaver_outcome (birthday);
