-- ============================================================================
-- Mind & Body Champions: shared resources, moderation, "useful" marks and reports
-- ============================================================================
-- A champion shares a resource; it waits as pending until an educator approves it or rejects it with a reason the
-- champion sees. Anyone signed in reads approved resources and may report one, which sends it back to the queue;
-- it stays in the library until three different people have reported it, so that no one person can hide it.

create table public.resources (
  id uuid primary key default gen_random_uuid(),
  author uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null check (char_length(title) between 3 and 120),
  url text check (url ~ '^https?://[^\s/$.?#][^\s]*$' and char_length(url) <= 2000),
  note text check (char_length(note) between 1 and 2000),
  summary text not null check (char_length(summary) between 10 and 500),
  tags text[] not null default '{}' check (cardinality(tags) <= 8),
  audience text not null check (audience in ('Everyone', 'Nurses', 'Doctors', 'Allied health professionals', 'Pharmacists', 'Healthcare assistants')),
  trust text not null check (trust in ('All trusts', 'South London and Maudsley', 'King''s College Hospital', 'Guy''s and St Thomas''')),
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  moderated_by uuid references auth.users (id) on delete set null,
  moderated_at timestamptz,
  rejection_reason text check (char_length(rejection_reason) <= 500),
  reported boolean not null default false,
  useful_count int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (url is not null or note is not null)
);
alter table public.resources enable row level security;
comment on table public.resources is 'Resources champions share. Text is stored as typed and always rendered escaped.';
create index on public.resources (status, created_at desc);
create index on public.resources (author);

create table public.resource_useful (
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  resource_id uuid not null references public.resources (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (user_id, resource_id)
);
alter table public.resource_useful enable row level security;
comment on table public.resource_useful is 'Champions mark a resource useful, once each.';

create table public.resource_reports (
  user_id uuid not null references auth.users (id) on delete cascade,
  resource_id uuid not null references public.resources (id) on delete cascade,
  reason text not null check (char_length(reason) between 3 and 500),
  created_at timestamptz not null default now(),
  primary key (user_id, resource_id)
);
alter table public.resource_reports enable row level security;
comment on table public.resource_reports is 'Reports that an approved resource is wrong or unsafe; each sends it back to moderation.';

create function private.moderates() returns boolean
language sql stable security definer set search_path = '' as $$
  select private.has_role('educator') or private.has_role('admin');
$$;

-- ----------------------------------------------------------------------------
-- What a champion may change through the API: the content, while pending or rejected. Editing a rejected resource
-- resubmits it. At most 10 new resources a day each. The functions below (run as the owner) are not limited.
-- ----------------------------------------------------------------------------
create function private.guard_resource() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user <> 'authenticated' then return new; end if;
  if tg_op = 'INSERT' then
    if (select count(*) from public.resources where author = new.author and created_at > now() - interval '1 day') >= 10 then
      raise exception using errcode = 'P0001', hint = 'rate_limited', message = 'You have shared 10 resources today. Share more tomorrow.';
    end if;
    new.status := 'pending';
    new.moderated_by := null; new.moderated_at := null; new.rejection_reason := null;
    new.reported := false; new.useful_count := 0; new.created_at := now();
  else
    if old.status = 'approved' then
      raise exception using errcode = 'P0001', hint = 'approved', message = 'An approved resource cannot be edited. Share a new one instead.';
    end if;
    new.id := old.id; new.author := old.author; new.created_at := old.created_at;
    new.status := 'pending';
    new.moderated_by := old.moderated_by; new.moderated_at := old.moderated_at; new.rejection_reason := old.rejection_reason;
    new.reported := old.reported; new.useful_count := old.useful_count;
  end if;
  new.updated_at := now();
  return new;
end;
$$;

create trigger resources_guard
before insert or update on public.resources
for each row execute function private.guard_resource();

-- ----------------------------------------------------------------------------
-- moderate_resource: educators and admins, never on their own resource
-- ----------------------------------------------------------------------------
create function public.moderate_resource(resource uuid, approve boolean, reason text default null) returns public.resources
language plpgsql security definer set search_path = '' as $$
declare
  r public.resources;
begin
  if not private.moderates() then perform private.refuse('forbidden', 'Only educators moderate shared resources.'); end if;
  select * into r from public.resources where id = resource for update;
  if not found then perform private.refuse('not_found', 'We could not find that resource.'); end if;
  if r.author = auth.uid() then perform private.refuse('own_resource', 'Another educator must moderate a resource you shared.'); end if;
  if r.status <> 'pending' and not r.reported then perform private.refuse('not_pending', 'This resource has already been moderated.'); end if;
  if approve is null then perform private.refuse('invalid', 'Say whether to approve or reject.'); end if;
  if not approve and char_length(trim(coalesce(reason, ''))) = 0 then
    perform private.refuse('invalid', 'Give a reason for rejecting: the champion will see it.');
  end if;
  if char_length(coalesce(reason, '')) > 500 then perform private.refuse('invalid', 'Keep the reason to 500 characters or fewer.'); end if;

  update public.resources
  set status = case when approve then 'approved' else 'rejected' end, moderated_by = auth.uid(), moderated_at = now(),
    rejection_reason = case when approve then null else trim(reason) end, reported = false
  where id = resource returning * into r;

  insert into public.audit_log (actor, action, subject_type, subject_id, details)
  values (auth.uid(), case when approve then 'resource.approved' else 'resource.rejected' end, 'resource', resource::text,
    jsonb_build_object('reason', r.rejection_reason));
  return r;
end;
$$;
comment on function public.moderate_resource is 'Approves or rejects (with a reason the champion sees) a pending resource, and records the decision.';

-- ----------------------------------------------------------------------------
-- report_resource: anyone signed in, once per resource; it goes back to the queue
-- ----------------------------------------------------------------------------
create function public.report_resource(resource uuid, reason text) returns void
language plpgsql security definer set search_path = '' as $$
begin
  if auth.uid() is null then perform private.refuse('unauthenticated', 'Sign in to report a resource.'); end if;
  if char_length(trim(coalesce(reason, ''))) < 3 then perform private.refuse('invalid', 'Say what is wrong with this resource.'); end if;
  if char_length(reason) > 500 then perform private.refuse('invalid', 'Keep the reason to 500 characters or fewer.'); end if;
  if not exists (select 1 from public.resources where id = resource and status = 'approved') then
    perform private.refuse('not_found', 'We could not find that resource in the library.');
  end if;
  insert into public.resource_reports (user_id, resource_id, reason) values (auth.uid(), resource, trim(reason))
  on conflict (user_id, resource_id) do update set reason = excluded.reason, created_at = now();
  -- Back to the moderation queue; out of the library once three people have reported it since it was last moderated.
  update public.resources r set reported = true,
    status = case when (select count(*) from public.resource_reports p
                        where p.resource_id = r.id and p.created_at > coalesce(r.moderated_at, '-infinity')) >= 3
                  then 'pending' else r.status end
  where r.id = resource;
  insert into public.audit_log (actor, action, subject_type, subject_id, details)
  values (auth.uid(), 'resource.reported', 'resource', resource::text, jsonb_build_object('reason', trim(reason)));
end;
$$;

-- ----------------------------------------------------------------------------
-- Useful marks keep a count on the resource
-- ----------------------------------------------------------------------------
create function private.count_useful() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  update public.resources set useful_count = (select count(*) from public.resource_useful where resource_id = coalesce(new.resource_id, old.resource_id))
  where id = coalesce(new.resource_id, old.resource_id);
  return null;
end;
$$;

create trigger resource_useful_count
after insert or delete on public.resource_useful
for each row execute function private.count_useful();

-- ----------------------------------------------------------------------------
-- Policies
-- ----------------------------------------------------------------------------
create policy "Signed-in people can read approved resources"
on public.resources for select to authenticated
using (status = 'approved');

create policy "Champions can read their own resources"
on public.resources for select to authenticated
using (author = (select auth.uid()));

create policy "Educators and admins can read every resource"
on public.resources for select to authenticated
using ((select private.moderates()));

create policy "Champions can share resources"
on public.resources for insert to authenticated
with check (author = (select auth.uid()) and (select private.has_role('champion')));

create policy "Champions can edit their own resources before approval"
on public.resources for update to authenticated
using (author = (select auth.uid()) and status <> 'approved')
with check (author = (select auth.uid()));

create policy "Champions can withdraw their own resources"
on public.resources for delete to authenticated
using (author = (select auth.uid()));

create policy "Champions can see their own useful marks"
on public.resource_useful for select to authenticated
using (user_id = (select auth.uid()));

create policy "Champions can mark an approved resource useful"
on public.resource_useful for insert to authenticated
with check (user_id = (select auth.uid()) and (select private.has_role('champion'))
  and exists (select 1 from public.resources r where r.id = resource_id and r.status = 'approved' and r.author <> (select auth.uid())));

create policy "Champions can take back a useful mark"
on public.resource_useful for delete to authenticated
using (user_id = (select auth.uid()));

create policy "Educators and admins can read reports"
on public.resource_reports for select to authenticated
using ((select private.moderates()));

revoke all on public.resources, public.resource_useful, public.resource_reports from anon;
revoke insert, update, delete, truncate on public.resource_reports from authenticated;
revoke update, truncate on public.resource_useful from authenticated;
revoke update on public.resources from authenticated;
grant update (title, url, note, summary, tags, audience, trust) on public.resources to authenticated;
revoke execute on function public.moderate_resource(uuid, boolean, text), public.report_resource(uuid, text) from public, anon;
