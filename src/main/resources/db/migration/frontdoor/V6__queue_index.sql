-- The queue pages through open contacts in (urgent first, arrival, id) order; with the id in the index a page is
-- read straight from it and the scan stops after the page, instead of sorting every open contact.
drop index contact_open;
create index contact_open on contact (urgent desc, received_at, id) where decision is null and deleted_at is null;
