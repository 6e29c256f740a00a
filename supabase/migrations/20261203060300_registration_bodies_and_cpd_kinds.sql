-- ============================================================================
-- Registration bodies and kinds of CPD, listed once as enums
-- ============================================================================
-- As with the trusts (20261203060200): the registration bodies a profile may name and the two kinds of CPD were written
-- in check constraints and a function here and again in TypeScript. Each list is now an enum that the checks and
-- add_external_cpd read, and the site reads from the generated types. The columns stay text, so the API behaves as before.

create type public.registration_body as enum ('NMC', 'GMC', 'GPhC', 'HCPC', 'other');
comment on type public.registration_body is 'The professional regulators a profile may name (or other).';

create type public.cpd_kind as enum ('Participatory', 'Self-directed');
comment on type public.cpd_kind is 'Whether a CPD activity was learning with other professionals, as NMC revalidation asks.';

alter table public.profiles drop constraint profiles_registration_body_check,
  add constraint profiles_registration_body_check check (registration_body = any (enum_range(null::public.registration_body)::text[]));
alter table public.cpd_entries drop constraint cpd_entries_kind_check,
  add constraint cpd_entries_kind_check check (kind = any (enum_range(null::public.cpd_kind)::text[]));

-- ----------------------------------------------------------------------------
-- CPD done elsewhere: the same checks, with the kinds from the enum
-- ----------------------------------------------------------------------------
create or replace function public.add_external_cpd(activity text, activity_date date, hours numeric, kind text, learned text default '',
  practice_change text default '') returns public.cpd_entries
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  entry public.cpd_entries;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to add to your CPD record.'); end if;
  if coalesce(btrim(activity), '') = '' or char_length(activity) > 200 then
    perform private.refuse('invalid', 'Enter what the activity was, in 200 characters or fewer.');
  end if;
  if activity_date is null or activity_date > private.london_today() or activity_date < private.london_today() - 3660 then
    perform private.refuse('invalid', 'Enter the date of the activity: today or in the last 10 years.');
  end if;
  if hours is null or hours <= 0 or hours > 200 or hours * 4 <> floor(hours * 4) then
    perform private.refuse('invalid', 'Enter the hours as a number from 0.25 to 200, in quarter hours.');
  end if;
  if kind is null or kind <> all (enum_range(null::public.cpd_kind)::text[]) then
    perform private.refuse('invalid', 'Choose whether the activity was participatory or self-directed.');
  end if;
  insert into public.cpd_entries (user_id, source, source_id, activity, activity_date, hours, kind, learned, practice_change)
  values (me, 'external', gen_random_uuid()::text, btrim(activity), activity_date, hours, kind,
    left(coalesce(learned, ''), 2000), left(coalesce(practice_change, ''), 2000))
  returning * into entry;
  return entry;
end;
$$;
revoke execute on function public.add_external_cpd(text, date, numeric, text, text, text) from public, anon;
grant execute on function public.add_external_cpd(text, date, numeric, text, text, text) to authenticated, service_role;
