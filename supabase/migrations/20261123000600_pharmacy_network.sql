-- ============================================================================
-- The pharmacy network: membership, members-only material, guideline bookmarks
-- ============================================================================
-- A pharmacist applies with their trust, role and GPhC number; an admin or network lead approves or declines with a
-- reason the applicant sees. Approved members (and the educators, admins and network leads who run the network)
-- may read members-only guidelines and webinars and bookmark guidelines.

create table public.network_members (
  user_id uuid primary key references auth.users (id) on delete cascade,
  trust text not null check (trust in ('South London and Maudsley', 'King''s College Hospital', 'Guy''s and St Thomas''')),
  job_role text not null check (char_length(job_role) between 2 and 120),
  gphc_number text not null check (gphc_number ~ '^[0-9]{7}$'),
  status text not null default 'pending' check (status in ('pending', 'approved', 'declined')),
  applied_at timestamptz not null default now(),
  decided_by uuid references auth.users (id) on delete set null,
  decided_at timestamptz,
  decision_reason text check (char_length(decision_reason) <= 500),
  check ((status = 'pending') = (decided_at is null))
);
alter table public.network_members enable row level security;
comment on table public.network_members is 'Applications to and membership of the pharmacy network. Written only by join_network and decide_membership.';

create function private.is_network_member() returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.network_members where user_id = (select auth.uid()) and status = 'approved')
    or private.has_role('network_lead') or private.has_role('educator') or private.has_role('admin');
$$;
comment on function private.is_network_member is 'True for approved members and for the people who run the network and its content.';

create function public.is_network_member() returns boolean
language sql stable set search_path = '' as $$
  select private.is_network_member();
$$;

create function private.manages_network() returns boolean
language sql stable security definer set search_path = '' as $$
  select private.has_role('network_lead') or private.has_role('admin');
$$;

-- ----------------------------------------------------------------------------
-- join_network: apply, or apply again after a decline
-- ----------------------------------------------------------------------------
create function public.join_network(trust text, job_role text, gphc_number text) returns public.network_members
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  existing public.network_members;
  member public.network_members;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to join the pharmacy network.'); end if;
  if trust is null or trust not in ('South London and Maudsley', 'King''s College Hospital', 'Guy''s and St Thomas''') then
    perform private.refuse('invalid', 'Choose the trust you work for.');
  end if;
  if char_length(trim(coalesce(job_role, ''))) < 2 then perform private.refuse('invalid', 'Enter your job title.'); end if;
  if char_length(trim(job_role)) > 120 then perform private.refuse('invalid', 'Job title must be 120 characters or fewer.'); end if;
  if coalesce(gphc_number, '') !~ '^[0-9]{7}$' then
    perform private.refuse('invalid', 'Enter your GPhC registration number: 7 digits, for example 2071234.');
  end if;

  select * into existing from public.network_members where user_id = me for update;
  if existing.status = 'approved' then perform private.refuse('already_member', 'You are already a member of the pharmacy network.'); end if;
  if existing.status = 'pending' then perform private.refuse('already_applied', 'Your application is waiting for a decision.'); end if;

  insert into public.network_members (user_id, trust, job_role, gphc_number)
  values (me, trust, trim(job_role), gphc_number)
  on conflict (user_id) do update set trust = excluded.trust, job_role = excluded.job_role, gphc_number = excluded.gphc_number,
    status = 'pending', applied_at = now(), decided_by = null, decided_at = null, decision_reason = null
  returning * into member;
  return member;
end;
$$;
comment on function public.join_network is 'Applies the signed-in person to the pharmacy network, or again after a decline.';

-- ----------------------------------------------------------------------------
-- decide_membership: admins and network leads approve or decline, with a reason
-- ----------------------------------------------------------------------------
create function public.decide_membership(member uuid, approve boolean, reason text default null) returns public.network_members
language plpgsql security definer set search_path = '' as $$
declare
  decided public.network_members;
begin
  if not private.manages_network() then
    perform private.refuse('forbidden', 'Only an admin or a network lead can decide on applications.');
  end if;
  if approve is null then perform private.refuse('invalid', 'Say whether to approve or decline.'); end if;
  if not approve and char_length(trim(coalesce(reason, ''))) = 0 then
    perform private.refuse('invalid', 'Give a reason for declining: the applicant will see it.');
  end if;
  if char_length(coalesce(reason, '')) > 500 then perform private.refuse('invalid', 'Keep the reason to 500 characters or fewer.'); end if;

  update public.network_members
  set status = case when approve then 'approved' else 'declined' end, decided_by = auth.uid(), decided_at = now(),
    decision_reason = nullif(trim(coalesce(reason, '')), '')
  where user_id = member and status = 'pending'
  returning * into decided;
  if decided.user_id is null then perform private.refuse('not_found', 'There is no application waiting for a decision from that person.'); end if;

  if approve then
    insert into public.user_roles (user_id, role, granted_by) values (member, 'pharmacist', auth.uid()) on conflict do nothing;
  end if;
  insert into public.audit_log (actor, action, subject_type, subject_id, details)
  values (auth.uid(), case when approve then 'network.approved' else 'network.declined' end, 'network_member', member::text,
    jsonb_build_object('reason', decided.decision_reason));
  return decided;
end;
$$;
comment on function public.decide_membership is 'Approves (granting the pharmacist role) or declines a pending application, and records who and why.';

-- ----------------------------------------------------------------------------
-- Guideline bookmarks: members keep a list and see what changed since they last opened each
-- ----------------------------------------------------------------------------
create table public.guideline_bookmarks (
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  guideline_id text not null references catalog.guidelines (id),
  created_at timestamptz not null default now(),
  seen_version text not null,
  seen_at timestamptz not null default now(),
  primary key (user_id, guideline_id)
);
alter table public.guideline_bookmarks enable row level security;
comment on table public.guideline_bookmarks is 'Guidelines a member keeps, with the version they last opened.';

create function public.bookmark_guideline(guideline text) returns public.guideline_bookmarks
language plpgsql security definer set search_path = '' as $$
declare
  g catalog.guidelines;
  bookmark public.guideline_bookmarks;
begin
  if auth.uid() is null or not private.is_network_member() then
    perform private.refuse('members_only', 'Bookmarks are for members of the pharmacy network.');
  end if;
  select * into g from catalog.guidelines where id = guideline and retired_at is null;
  if not found then perform private.refuse('not_found', 'We could not find that guideline.'); end if;
  insert into public.guideline_bookmarks (user_id, guideline_id, seen_version) values (auth.uid(), guideline, g.version)
  on conflict (user_id, guideline_id) do update set seen_version = excluded.seen_version, seen_at = now()
  returning * into bookmark;
  return bookmark;
end;
$$;

create function public.open_guideline(guideline text) returns void
language sql security definer set search_path = '' as $$
  update public.guideline_bookmarks b set seen_version = g.version, seen_at = now()
  from catalog.guidelines g
  where g.id = guideline and b.guideline_id = g.id and b.user_id = auth.uid() and b.seen_version is distinct from g.version;
$$;
comment on function public.open_guideline is 'Records that the signed-in person has opened the current version of a bookmarked guideline.';

create function public.my_guidelines()
returns table (guideline_id text, title text, bookmarked_at timestamptz, seen_version text, current_version text, changed boolean, retired boolean)
language sql stable security definer set search_path = '' as $$
  select b.guideline_id, g.title, b.created_at, b.seen_version, g.version, b.seen_version is distinct from g.version, g.retired_at is not null
  from public.guideline_bookmarks b join catalog.guidelines g on g.id = b.guideline_id
  where b.user_id = auth.uid()
  order by g.title;
$$;
comment on function public.my_guidelines is 'The signed-in person''s bookmarks, each marked changed when a new version came out after they last opened it.';

-- ----------------------------------------------------------------------------
-- Policies
-- ----------------------------------------------------------------------------
create policy "People can read their own membership"
on public.network_members for select to authenticated
using (user_id = (select auth.uid()));

create policy "Admins and network leads can read every membership"
on public.network_members for select to authenticated
using ((select private.manages_network()));

create policy "Members can read their own bookmarks"
on public.guideline_bookmarks for select to authenticated
using (user_id = (select auth.uid()));

create policy "Members can remove their own bookmarks"
on public.guideline_bookmarks for delete to authenticated
using (user_id = (select auth.uid()));

revoke all on public.network_members, public.guideline_bookmarks from anon;
revoke insert, update, delete, truncate on public.network_members from authenticated;
revoke insert, update, truncate on public.guideline_bookmarks from authenticated;
revoke execute on function public.join_network(text, text, text), public.decide_membership(uuid, boolean, text),
  public.bookmark_guideline(text), public.open_guideline(text), public.my_guidelines() from public, anon;

-- Whoever decides on applications needs the applicant's name.
create policy "Admins and network leads can read applicants' profiles"
on public.profiles for select to authenticated
using ((select private.manages_network()) and exists (select 1 from public.network_members m where m.user_id = profiles.id));
