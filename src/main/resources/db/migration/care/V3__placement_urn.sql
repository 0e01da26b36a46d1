-- The Ofsted unique reference number (URN) of the placement's provider or setting, as SSDA903 Episodes returns it
-- (DfE rule 218: required for every placement needing Ofsted registration; "XXXXXXX" where there is none).
alter table care_event add column placement_urn text;
alter table care_episode add column urn text;
