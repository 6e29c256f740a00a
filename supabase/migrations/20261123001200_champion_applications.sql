-- ============================================================================
-- Becoming a Mind & Body Champion
-- ============================================================================
-- A member of staff applies with their trust, job title and what they would do as a champion. An admin approves,
-- which grants the champion role, or declines with a reason the applicant sees; they may apply again. Each decision is
-- audited and e-mailed through private.notifications.

create table public.champion_applications (
  user_id uuid primary key references auth.users (id) on delete cascade,
  trust text not null check (trust in ('South London and Maudsley', 'King''s College Hospital', 'Guy''s and St Thomas''')),
  job_role text not null check (char_length(job_role) between 2 and 120),
  motivation text not null check (char_length(motivation) between 10 and 1000),
  status text not null default 'pending' check (status in ('pending', 'approved', 'declined')),
  applied_at timestamptz not null default now(),
  decided_by uuid references auth.users (id) on delete set null,
  decided_at timestamptz,
  decision_reason text check (char_length(decision_reason) <= 500),
  check ((status = 'pending') = (decided_at is null))
);
alter table public.champion_applications enable row level security;
comment on table public.champion_applications is 'Applications to become a champion. Written only by apply_to_be_champion and decide_champion_application.';
create index on public.champion_applications (applied_at) where status = 'pending';

create function public.apply_to_be_champion(trust text, job_role text, motivation text) returns public.champion_applications
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  existing public.champion_applications;
  application public.champion_applications;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to apply to be a champion.'); end if;
  if private.has_role('champion') then perform private.refuse('already_champion', 'You are already a Mind & Body Champion.'); end if;
  if trust is null or trust not in ('South London and Maudsley', 'King''s College Hospital', 'Guy''s and St Thomas''') then
    perform private.refuse('invalid', 'Choose the trust you work for.');
  end if;
  if char_length(trim(coalesce(job_role, ''))) < 2 then perform private.refuse('invalid', 'Enter your job title.'); end if;
  if char_length(trim(job_role)) > 120 then perform private.refuse('invalid', 'Job title must be 120 characters or fewer.'); end if;
  if char_length(trim(coalesce(motivation, ''))) < 10 then
    perform private.refuse('invalid', 'Say in a sentence or two what you would do as a champion.');
  end if;
  if char_length(trim(motivation)) > 1000 then perform private.refuse('invalid', 'Keep what you would do to 1,000 characters or fewer.'); end if;

  select * into existing from public.champion_applications where user_id = me for update;
  if existing.status = 'pending' then perform private.refuse('already_applied', 'Your application is waiting for a decision.'); end if;

  insert into public.champion_applications (user_id, trust, job_role, motivation)
  values (me, trust, trim(job_role), trim(motivation))
  on conflict (user_id) do update set trust = excluded.trust, job_role = excluded.job_role, motivation = excluded.motivation,
    status = 'pending', applied_at = now(), decided_by = null, decided_at = null, decision_reason = null
  returning * into application;
  return application;
end;
$$;
comment on function public.apply_to_be_champion is 'Applies the signed-in person to be a champion, or again after a decline.';

create function public.decide_champion_application(applicant uuid, approve boolean, reason text default null)
returns public.champion_applications
language plpgsql security definer set search_path = '' as $$
declare
  decided public.champion_applications;
begin
  if not private.has_role('admin') then perform private.refuse('forbidden', 'Only an admin can decide on applications to be a champion.'); end if;
  if approve is null then perform private.refuse('invalid', 'Say whether to approve or decline.'); end if;
  if not approve and char_length(trim(coalesce(reason, ''))) = 0 then
    perform private.refuse('invalid', 'Give a reason for declining: the applicant will see it.');
  end if;
  if char_length(coalesce(reason, '')) > 500 then perform private.refuse('invalid', 'Keep the reason to 500 characters or fewer.'); end if;

  update public.champion_applications
  set status = case when approve then 'approved' else 'declined' end, decided_by = auth.uid(), decided_at = now(),
    decision_reason = nullif(trim(coalesce(reason, '')), '')
  where user_id = applicant and status = 'pending'
  returning * into decided;
  if decided.user_id is null then perform private.refuse('not_found', 'There is no application waiting for a decision from that person.'); end if;

  if approve then
    insert into public.user_roles (user_id, role, granted_by) values (applicant, 'champion', auth.uid()) on conflict do nothing;
  end if;
  insert into public.audit_log (actor, action, subject_type, subject_id, details)
  values (auth.uid(), case when approve then 'champion.approved' else 'champion.declined' end, 'champion_application', applicant::text,
    jsonb_build_object('reason', decided.decision_reason));
  return decided;
end;
$$;
comment on function public.decide_champion_application is 'Approves (granting the champion role) or declines a pending application, and records who and why.';

-- ----------------------------------------------------------------------------
-- The decision e-mail, as for the pharmacy network
-- ----------------------------------------------------------------------------
alter table private.notifications drop constraint notifications_kind_check;
alter table private.notifications add constraint notifications_kind_check check (kind in (
  'booking_confirmed', 'booking_waitlisted', 'booking_promoted', 'booking_cancelled',
  'network_approved', 'network_declined', 'resource_approved', 'resource_rejected',
  'champion_approved', 'champion_declined'));

create trigger champion_applications_notify_decision
after update of status on public.champion_applications
for each row when (old.status = 'pending' and new.status in ('approved', 'declined'))
execute function private.notify_decision('champion_');

-- ----------------------------------------------------------------------------
-- Policies
-- ----------------------------------------------------------------------------
create policy "People can read their own application"
on public.champion_applications for select to authenticated
using (user_id = (select auth.uid()));

create policy "Admins can read every application"
on public.champion_applications for select to authenticated
using ((select private.has_role('admin')));

revoke all on public.champion_applications from anon;
revoke insert, update, delete, truncate on public.champion_applications from authenticated;
revoke execute on function public.apply_to_be_champion(text, text, text), public.decide_champion_application(uuid, boolean, text)
  from public, anon;

-- ----------------------------------------------------------------------------
-- A person's data now includes their application
-- ----------------------------------------------------------------------------
create or replace function public.export_my_data() returns jsonb
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
    'championApplication', (select to_jsonb(x) from public.champion_applications x where x.user_id = auth.uid()),
    'sharedResources', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resources x where x.author = auth.uid()),
    'usefulMarks', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resource_useful x where x.user_id = auth.uid()),
    'reports', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resource_reports x where x.user_id = auth.uid())
  )
  where auth.uid() is not null;
$$;
