-- Five years of county history for the insight pages' speed budget (issue 17), in the bench only: the demo county's
-- finished work (decided contacts, their referrals, authorised assessments, strategy discussions, section 47
-- enquiries with an outcome, ended child protection and child in need plans, ceased care episodes, ended missing
-- episodes and allocations) copied back 1 to years-1 years, every date and time moved by the same whole years, ids
-- moved past the table's highest. The same children: their records stay theirs, so restricted children stay
-- restricted; some copied events fall before a young child's birth, and no chronology entry is copied (the child's
-- page does not show the copies). Work still open is not copied: an open plan or allocation four years ago would
-- break "one open at a time". Run once on a demo database (bench/insight/history.sh does): psql -v years=5 -f ...
\if :{?years}
\else
\set years 5
\endif
select set_config('bench.years', :'years', false);

do $$
declare
  years int := current_setting('bench.years')::int;
  -- table, the rows to copy, and its foreign keys as column=parent table
  tables text[][] := array[
    ['contact', 'decision is not null', ''],
    ['referral', 'true', 'contact_id=contact'],
    ['single_assessment', 'authorised_on is not null', 'referral_id=referral'],
    ['strategy_discussion', 'true', ''],
    ['section47_enquiry', 'outcome is not null', 'strategy_discussion_id=strategy_discussion'],
    ['cp_plan', 'end_date is not null and start_date is not null', ''],
    ['cin_plan', 'end_date is not null', ''],
    ['missing_episode', 'ended_at is not null', ''],
    ['allocation', 'end_date is not null', '']];
  offsets jsonb := '{}';
  t text; cond text; fks text; cols text; exprs text; col record; k int; fk text; parent text; n bigint;
begin
  if (select min(received_at) from contact) < now() - interval '2 years' then
    raise notice 'the history is there already';
    return;
  end if;
  create temporary table original_care_episode on commit drop as select * from care_episode where dec is not null;
  for i in 1 .. array_length(tables, 1) loop
    execute format('select coalesce(max(id), 0) from %I', tables[i][1]) into n;
    offsets := offsets || jsonb_build_object(tables[i][1], n);
  end loop;
  for k in 1 .. years - 1 loop
    for i in 1 .. array_length(tables, 1) loop
      t := tables[i][1]; cond := tables[i][2]; fks := tables[i][3];
      cols := ''; exprs := '';
      for col in select column_name, data_type from information_schema.columns
                 where table_name = t and table_schema = current_schema() order by ordinal_position loop
        cols := cols || case when cols = '' then '' else ', ' end || quote_ident(col.column_name);
        exprs := exprs || case when exprs = '' then '' else ', ' end || case
          when col.column_name = 'id' then format('id + %s', k * (offsets ->> t)::bigint)
          when fks <> '' and split_part(fks, '=', 1) = col.column_name
            then format('%I + %s', col.column_name, k * (offsets ->> split_part(fks, '=', 2))::bigint)
          when col.data_type = 'date' then format('cast(%I - interval ''%s years'' as date)', col.column_name, k)
          when col.data_type like 'timestamp%' then format('%I - interval ''%s years''', col.column_name, k)
          else quote_ident(col.column_name) end;
      end loop;
      -- a child's copied row is kept only when its parent row was copied too
      execute format('insert into %I (%s) select %s from %I where id <= %s and %s%s', t, cols, exprs, t,
        (offsets ->> t)::bigint, cond, case when fks = '' then '' else format(' and %I + %s in (select id from %I)',
          split_part(fks, '=', 1), k * (offsets ->> split_part(fks, '=', 2))::bigint, split_part(fks, '=', 2)) end);
    end loop;
    -- care episodes are keyed by child and start: a copy that meets one already there is left out
    insert into care_episode (child_id, decom, period_start, rne, ls, cin, place, place_provider, pl_post, dec, rec,
                              reason_place_change)
    select child_id, cast(decom - make_interval(years => k) as date), cast(period_start - make_interval(years => k) as date),
           rne, ls, cin, place, place_provider, pl_post, cast(dec - make_interval(years => k) as date), rec,
           reason_place_change
    from original_care_episode on conflict do nothing;
  end loop;
  for i in 1 .. array_length(tables, 1) loop
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select max(id) from %I))',
                   tables[i][1], tables[i][1]);
  end loop;
end $$;

analyze contact; analyze referral; analyze single_assessment; analyze strategy_discussion; analyze section47_enquiry;
analyze cp_plan; analyze cin_plan; analyze care_episode; analyze missing_episode; analyze allocation;
select 'contacts', count(*) from contact union all select 'referrals', count(*) from referral
union all select 'cp plans', count(*) from cp_plan union all select 'care episodes', count(*) from care_episode
union all select 'allocations', count(*) from allocation;
