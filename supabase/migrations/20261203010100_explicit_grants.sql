-- ============================================================================
-- Every privilege the API roles have is granted here, by name, per table and per function
-- ============================================================================
-- Hosted Supabase no longer grants new tables and functions in public to anon, authenticated and service_role
-- (new projects since 30 May 2026, every project since 30 October 2026). The earlier migrations only revoked from
-- grants they assumed; this one starts from nothing, whatever the project's defaults were, and grants what each role
-- needs: the commands its row-level security policies allow, and EXECUTE on the functions it calls. Row-level security
-- still decides which rows. New functions are not executable by PUBLIC either: each migration grants what it adds.

-- ----------------------------------------------------------------------------
-- From nothing: no privilege for the API roles, and none for PUBLIC on functions
-- ----------------------------------------------------------------------------
alter default privileges in schema public revoke all on tables from anon, authenticated, service_role;
alter default privileges in schema public revoke all on sequences from anon, authenticated, service_role;
alter default privileges in schema public revoke all on functions from anon, authenticated, service_role;
alter default privileges revoke execute on functions from public;

revoke all on all tables in schema public, private from anon, authenticated, service_role;
revoke all on all sequences in schema public, private from anon, authenticated, service_role;

-- Functions of ours only: an extension's functions (pgcrypto in older projects) keep their own grants.
do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure from pg_proc p
    where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
      and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
  loop
    execute format('revoke all on function %s from public, anon, authenticated, service_role', f);
  end loop;
end $$;

-- ----------------------------------------------------------------------------
-- Tables. anon reads nothing directly: the public pages call functions. service_role, the server-only key, reads and
-- writes every table (it bypasses row-level security).
-- ----------------------------------------------------------------------------
grant select on public.profiles to authenticated;
grant update (full_name, profession, trust, registration_body, registration_number) on public.profiles to authenticated;

grant select, insert, delete on public.user_roles to authenticated;

grant select on public.audit_log to authenticated;
grant select on public.bookings to authenticated;
grant select, insert, delete on public.lesson_progress to authenticated;
grant select on public.quiz_attempts to authenticated;
grant select on public.course_completions to authenticated;
grant select on public.certificates to authenticated;
grant select on public.cpd_entries to authenticated;
grant update (learned, practice_change) on public.cpd_entries to authenticated;
grant select on public.webinar_views to authenticated;
grant select on public.network_members to authenticated;
grant select, delete on public.guideline_bookmarks to authenticated;

grant select, insert, delete on public.resources to authenticated;
grant update (title, url, note, summary, tags, audience, trust) on public.resources to authenticated;
grant select, insert, delete on public.resource_useful to authenticated;
grant select on public.resource_reports to authenticated;
grant select on public.champion_applications to authenticated;

grant select, insert, update, delete on
  public.profiles, public.user_roles, public.audit_log, public.bookings, public.lesson_progress, public.quiz_attempts,
  public.course_completions, public.certificates, public.cpd_entries, public.webinar_views, public.network_members,
  public.guideline_bookmarks, public.resources, public.resource_useful, public.resource_reports,
  public.champion_applications
to service_role;
grant usage, select on sequence public.audit_log_id_seq to service_role;

-- ----------------------------------------------------------------------------
-- Functions anyone may call, signed in or not
-- ----------------------------------------------------------------------------
grant execute on function public.cohort_availability(text) to anon, authenticated, service_role;
grant execute on function public.verify_certificate(text) to anon, authenticated, service_role;
grant execute on function public.has_role(public.app_role) to anon, authenticated, service_role;

-- ----------------------------------------------------------------------------
-- Functions for signed-in people (each checks who is calling and what they may do)
-- ----------------------------------------------------------------------------
grant execute on function public.is_network_member() to authenticated;
grant execute on function public.book_place(text) to authenticated;
grant execute on function public.cancel_booking(uuid) to authenticated;
grant execute on function public.submit_quiz_attempt(text, jsonb) to authenticated;
grant execute on function public.complete_course(text) to authenticated;
grant execute on function public.revoke_certificate(uuid, text) to authenticated;
grant execute on function public.record_webinar_progress(text, jsonb) to authenticated;
grant execute on function public.join_network(text, text, text) to authenticated;
grant execute on function public.decide_membership(uuid, boolean, text) to authenticated;
grant execute on function public.bookmark_guideline(text) to authenticated;
grant execute on function public.open_guideline(text) to authenticated;
grant execute on function public.my_guidelines() to authenticated;
grant execute on function public.moderate_resource(uuid, boolean, text) to authenticated;
grant execute on function public.report_resource(uuid, text) to authenticated;
grant execute on function public.apply_to_be_champion(text, text, text) to authenticated;
grant execute on function public.decide_champion_application(uuid, boolean, text) to authenticated;
grant execute on function public.course_dashboard(text) to authenticated;
grant execute on function public.cohort_learners(text) to authenticated;
grant execute on function public.webinar_insight() to authenticated;
grant execute on function public.admin_people(text) to authenticated;
grant execute on function public.export_my_data() to authenticated;
grant execute on function public.delete_my_account(text) to authenticated;

-- ----------------------------------------------------------------------------
-- Helpers that row-level security policies and public.has_role / public.is_network_member call as the caller
-- ----------------------------------------------------------------------------
grant execute on function private.has_role(public.app_role) to anon, authenticated, service_role;
grant execute on function private.is_network_member() to authenticated;
grant execute on function private.manages_network() to authenticated;
grant execute on function private.moderates() to authenticated;
grant execute on function private.runs_course(text) to authenticated;
grant execute on function private.runs_cohort(text) to authenticated;
grant execute on function private.lesson_course(text) to authenticated;
grant execute on function private.quiz_course(text) to authenticated;

-- Every other function in private runs only inside the functions above (as their owner), as a trigger, or from the
-- mail worker's own connection: no API role calls it.
