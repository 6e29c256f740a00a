-- ============================================================================
-- Webinar viewing: the grace allowance is granted once per viewing
-- ============================================================================
-- A report may claim as much new watching as server time since the last report allows at the fastest playback rate
-- (16x). The 45 seconds of grace for a report that arrives before the time it carries (a report sent just after the
-- page opened, a slow network) used to be granted to every report, so 19 back-to-back reports made a 15-minute
-- webinar watched in a tenth of a second. Now each viewing has one 45-second grace, spent as it is used.

alter table public.webinar_views
  add column grace_seconds numeric(6, 1) not null default 45 check (grace_seconds >= 0);
comment on column public.webinar_views.grace_seconds is 'What is left of this viewing''s one grace allowance, in seconds: new watching a report may claim beyond server time since the last report.';

create or replace function public.record_webinar_progress(webinar text, ranges jsonb) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  w catalog.webinars;
  v public.webinar_views;
  merged jsonb;
  total numeric;
  allowance numeric;
  pct int;
  done boolean;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to keep track of the webinars you watch.'); end if;
  select * into w from catalog.webinars where id = webinar and retired_at is null;
  if not found then perform private.refuse('not_found', 'We could not find that webinar.'); end if;
  if w.members_only and not private.is_network_member() then
    perform private.refuse('members_only', 'This webinar is for members of the pharmacy network.');
  end if;
  if jsonb_typeof(ranges) is distinct from 'array' or jsonb_array_length(ranges) > 1000 or exists (
    select 1 from jsonb_array_elements(ranges) r
    where case
      when jsonb_typeof(r) <> 'array' or jsonb_array_length(r) <> 2 then true
      when jsonb_typeof(r -> 0) <> 'number' or jsonb_typeof(r -> 1) <> 'number' then true
      else (r ->> 0)::numeric < 0 or (r ->> 1)::numeric <= (r ->> 0)::numeric or (r ->> 1)::numeric > w.duration_seconds * 1.1 + 5
    end
  ) then
    perform private.refuse('invalid', 'Watched ranges must be pairs of start and end times within the webinar.');
  end if;

  insert into public.webinar_views (user_id, webinar_id) values (me, webinar) on conflict do nothing;
  select * into v from public.webinar_views where user_id = me and webinar_id = webinar for update;

  -- The union of what was watched before and what is reported now.
  with pairs as (
    select (r ->> 0)::numeric as s, least((r ->> 1)::numeric, w.duration_seconds) as e
    from jsonb_array_elements(v.ranges || ranges) r
    where (r ->> 0)::numeric < w.duration_seconds
  ), ordered as (
    select s, e, max(e) over (order by s, e rows between unbounded preceding and 1 preceding) as reach from pairs
  ), grouped as (
    select s, e, sum(case when reach is null or s > reach then 1 else 0 end) over (order by s, e) as run from ordered
  ), runs as (
    select min(s) as s, max(e) as e from grouped group by run
  )
  select coalesce(jsonb_agg(jsonb_build_array(s, e) order by s), '[]'), coalesce(sum(e - s), 0) into merged, total from runs;

  -- Server time since the last report, at the fastest playback rate, plus what is left of this viewing's grace.
  allowance := greatest(0, extract(epoch from now() - v.last_reported_at)) * 16;
  if total - v.seconds_watched > allowance + v.grace_seconds then
    perform private.refuse('implausible', 'That is more of the webinar than could have been watched since the last update.');
  end if;

  pct := least(100, floor(100 * total / w.duration_seconds));
  done := v.completed_at is null and pct >= 90;
  update public.webinar_views
  set ranges = merged, seconds_watched = total, percent = pct, last_reported_at = greatest(now(), v.last_reported_at),
    grace_seconds = v.grace_seconds - greatest(0, total - v.seconds_watched - allowance),
    completed_at = case when done then now() else completed_at end
  where user_id = me and webinar_id = webinar;

  if done then
    insert into public.cpd_entries (user_id, source, source_id, activity, activity_date, hours, kind)
    values (me, 'webinar', webinar, 'Webinar: ' || w.title, private.london_today(), round(w.cpd_minutes / 60.0, 2), 'Self-directed')
    on conflict (user_id, source, source_id) do nothing;
  end if;
  return jsonb_build_object('percent', pct, 'completed', done or v.completed_at is not null, 'justCompleted', done, 'cpdMinutes', w.cpd_minutes);
end;
$$;
comment on function public.record_webinar_progress is 'Adds watched ranges to the signed-in person''s viewing; at 90 % the webinar counts as watched and earns its CPD minutes. No report claims more than server time since the last one allows, beyond one grace per viewing.';

revoke execute on function public.record_webinar_progress(text, jsonb) from public, anon;
grant execute on function public.record_webinar_progress(text, jsonb) to authenticated, service_role;
