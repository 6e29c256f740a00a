-- ============================================================================
-- The partnership's trusts and the audiences of shared resources, listed once as enums
-- ============================================================================
-- The three trusts were written out in four check constraints and two functions here, and again in TypeScript; the
-- audiences of a resource in a check and in TypeScript. Each list is now an enum, the one place that decides: the
-- checks and functions read it with enum_range, and the site reads it from the generated types (Constants). The
-- columns stay text, so what the API accepts and the errors it gives (23514 for a value not in the list) are unchanged.

create type public.nhs_trust as enum ('South London and Maudsley', 'King''s College Hospital', 'Guy''s and St Thomas''');
comment on type public.nhs_trust is 'The NHS foundation trusts of the partnership: where network members and champions work.';

create type public.resource_audience as enum ('Everyone', 'Nurses', 'Doctors', 'Allied health professionals', 'Pharmacists', 'Healthcare assistants');
comment on type public.resource_audience is 'Who a champion''s shared resource is for.';

create function private.is_trust(value text) returns boolean
language sql stable set search_path = '' as $$
  select value = any (enum_range(null::public.nhs_trust)::text[]);
$$;
comment on function private.is_trust is 'True for the name of one of the partnership''s trusts (public.nhs_trust).';
-- The checks below run it as whoever writes the row: people through the API, and the server's key.
revoke execute on function private.is_trust(text) from public, anon;
grant execute on function private.is_trust(text) to authenticated, service_role;

alter table public.network_members drop constraint network_members_trust_check,
  add constraint network_members_trust_check check (private.is_trust(trust));
alter table public.champion_applications drop constraint champion_applications_trust_check,
  add constraint champion_applications_trust_check check (private.is_trust(trust));
alter table public.resources drop constraint resources_trust_check,
  add constraint resources_trust_check check (trust = 'All trusts' or private.is_trust(trust));
alter table public.resources drop constraint resources_audience_check,
  add constraint resources_audience_check check (audience = any (enum_range(null::public.resource_audience)::text[]));

-- ----------------------------------------------------------------------------
-- Applying to the network or to be a champion: the same checks, with the trusts from the enum
-- ----------------------------------------------------------------------------
create or replace function public.join_network(trust text, job_role text, gphc_number text) returns public.network_members
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  existing public.network_members;
  member public.network_members;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to join the pharmacy network.'); end if;
  if trust is null or not private.is_trust(trust) then
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
revoke execute on function public.join_network(text, text, text) from public, anon;
grant execute on function public.join_network(text, text, text) to authenticated;

create or replace function public.apply_to_be_champion(trust text, job_role text, motivation text) returns public.champion_applications
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  existing public.champion_applications;
  application public.champion_applications;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to apply to be a champion.'); end if;
  if private.has_role('champion') then perform private.refuse('already_champion', 'You are already a Mind & Body Champion.'); end if;
  if trust is null or not private.is_trust(trust) then
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
revoke execute on function public.apply_to_be_champion(text, text, text) from public, anon;
grant execute on function public.apply_to_be_champion(text, text, text) to authenticated;
