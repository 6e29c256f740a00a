-- ============================================================================
-- Roles an admin grants, and a person's right to their data and to leave
-- ============================================================================

-- Every role granted or revoked by a person is in the audit log (the learner role new accounts get is not).
create function private.audit_role_change() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- Not the learner role of a new account, and not the roles that go with an account being deleted.
  if auth.uid() is null or current_setting('app.deleting_account', true) = old.user_id::text then return null; end if;
  insert into public.audit_log (actor, action, subject_type, subject_id, details)
  values (auth.uid(), case when tg_op = 'INSERT' then 'role.granted' else 'role.revoked' end, 'user',
    coalesce(new.user_id, old.user_id)::text, jsonb_build_object('role', coalesce(new.role, old.role)));
  return null;
end;
$$;

create trigger user_roles_audit
after insert or delete on public.user_roles
for each row execute function private.audit_role_change();

-- ----------------------------------------------------------------------------
-- admin_people: find people by name or e-mail, with their roles
-- ----------------------------------------------------------------------------
create function public.admin_people(search text default '')
returns table (id uuid, email text, full_name text, roles public.app_role[])
language plpgsql stable security definer set search_path = '' as $$
begin
  if not private.has_role('admin') then perform private.refuse('forbidden', 'Only admins manage roles.'); end if;
  return query
  select u.id, u.email::text, p.full_name,
    coalesce(array(select r.role from public.user_roles r where r.user_id = u.id order by r.role), '{}')
  from auth.users u join public.profiles p on p.id = u.id
  where coalesce(trim(search), '') = ''
     or u.email ilike '%' || replace(replace(trim(search), '%', '\%'), '_', '\_') || '%'
     or p.full_name ilike '%' || replace(replace(trim(search), '%', '\%'), '_', '\_') || '%'
  order by p.full_name, u.email
  limit 50;
end;
$$;

-- ----------------------------------------------------------------------------
-- export_my_data: everything the platform holds about the signed-in person
-- ----------------------------------------------------------------------------
create function public.export_my_data() returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
    'exportedAt', now(),
    'account', (select jsonb_build_object('id', u.id, 'email', u.email, 'createdAt', u.created_at, 'lastSignInAt', u.last_sign_in_at)
                from auth.users u where u.id = auth.uid()),
    'profile', (select to_jsonb(p) from public.profiles p where p.id = auth.uid()),
    'roles', (select coalesce(jsonb_agg(r.role order by r.role), '[]') from public.user_roles r where r.user_id = auth.uid()),
    'bookings', (select coalesce(jsonb_agg(to_jsonb(b) order by b.booked_at), '[]') from public.bookings b where b.user_id = auth.uid()),
    'lessonProgress', (select coalesce(jsonb_agg(to_jsonb(x) order by x.completed_at), '[]') from public.lesson_progress x where x.user_id = auth.uid()),
    'quizAttempts', (select coalesce(jsonb_agg(to_jsonb(x) order by x.submitted_at), '[]') from public.quiz_attempts x where x.user_id = auth.uid()),
    'courseCompletions', (select coalesce(jsonb_agg(to_jsonb(x) order by x.completed_at), '[]') from public.course_completions x where x.user_id = auth.uid()),
    'certificates', (select coalesce(jsonb_agg(to_jsonb(x) order by x.issued_at), '[]') from public.certificates x where x.user_id = auth.uid()),
    'cpdRecord', (select coalesce(jsonb_agg(to_jsonb(x) order by x.activity_date), '[]') from public.cpd_entries x where x.user_id = auth.uid()),
    'webinarViews', (select coalesce(jsonb_agg(to_jsonb(x) order by x.started_at), '[]') from public.webinar_views x where x.user_id = auth.uid()),
    'pharmacyNetwork', (select to_jsonb(x) from public.network_members x where x.user_id = auth.uid()),
    'guidelineBookmarks', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.guideline_bookmarks x where x.user_id = auth.uid()),
    'sharedResources', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resources x where x.author = auth.uid()),
    'usefulMarks', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resource_useful x where x.user_id = auth.uid()),
    'reports', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resource_reports x where x.user_id = auth.uid())
  )
  where auth.uid() is not null;
$$;
comment on function public.export_my_data is 'All of the signed-in person''s data, as JSON.';

-- ----------------------------------------------------------------------------
-- delete_my_account: personal data goes; certificates stay verifiable without a name; audit entries lose the person
-- ----------------------------------------------------------------------------
create function public.delete_my_account(confirm_email text) returns void
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  live uuid;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to delete your account.'); end if;
  if lower(trim(coalesce(confirm_email, ''))) <> lower((select email from auth.users where id = me)) then
    perform private.refuse('invalid', 'Type the e-mail address of your account to confirm.');
  end if;

  -- Places go to the next people on the waiting lists.
  for live in select id from public.bookings where user_id = me and status <> 'cancelled' loop
    perform private.release_place(live, null);
  end loop;
  update public.certificates set learner_name = null, user_id = null where user_id = me;
  update public.audit_log set details = details - 'learner' - 'promoted' where details ->> 'learner' = me::text or details ->> 'promoted' = me::text;
  update public.audit_log set subject_id = 'deleted account' where subject_id = me::text;
  insert into public.audit_log (actor, action, subject_type, subject_id) values (null, 'account.deleted', 'user', 'deleted account');
  perform set_config('app.deleting_account', me::text, true);
  delete from auth.users where id = me;
end;
$$;
comment on function public.delete_my_account is 'Deletes the signed-in person''s account and personal data; their certificates stay verifiable without a name.';

revoke execute on function public.admin_people(text), public.export_my_data(), public.delete_my_account(text) from public, anon;
