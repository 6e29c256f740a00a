-- ============================================================================
-- Bookings: a place on a dated cohort, or a place on its waiting list
-- ============================================================================
-- Places are taken and given back only through book_place and cancel_booking, which lock the cohort so that
-- capacity holds under any number of concurrent bookings. Each change queues an e-mail in private.notifications
-- in the same transaction, so a booking and its confirmation are never out of step.

create type public.booking_status as enum ('confirmed', 'waitlisted', 'cancelled');

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  cohort_id text not null references catalog.cohorts (id),
  user_id uuid not null references auth.users (id) on delete cascade,
  status public.booking_status not null,
  waitlist_position int check (waitlist_position > 0),
  booked_at timestamptz not null default clock_timestamp(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  cancelled_by uuid references auth.users (id) on delete set null,
  check ((status = 'waitlisted') = (waitlist_position is not null)),
  check ((status = 'cancelled') = (cancelled_at is not null))
);
alter table public.bookings enable row level security;
comment on table public.bookings is 'A person''s place on a cohort: confirmed, waiting (with a position) or cancelled.';
create unique index bookings_one_live_per_person on public.bookings (cohort_id, user_id) where status <> 'cancelled';
create index on public.bookings (user_id);

-- ----------------------------------------------------------------------------
-- Audit log: who cancelled, moderated or changed roles
-- ----------------------------------------------------------------------------
create table public.audit_log (
  id bigint generated always as identity primary key,
  actor uuid references auth.users (id) on delete set null,
  action text not null,
  subject_type text not null,
  subject_id text not null,
  details jsonb not null default '{}',
  at timestamptz not null default now()
);
alter table public.audit_log enable row level security;
comment on table public.audit_log is 'Written only by definer functions; read only by admins.';

create policy "Admins can read the audit log"
on public.audit_log for select to authenticated
using ((select private.has_role('admin')));

-- ----------------------------------------------------------------------------
-- Notifications queue: e-mails to send, written in the same transaction as the change they announce
-- ----------------------------------------------------------------------------
create table private.notifications (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  kind text not null check (kind in ('booking_confirmed', 'booking_waitlisted', 'booking_promoted', 'booking_cancelled')),
  booking_id uuid references public.bookings (id) on delete cascade,
  waitlist_position int,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
comment on table private.notifications is 'Outgoing e-mails; a mailer sends the unsent ones and stamps sent_at.';
create index on private.notifications (id) where sent_at is null;
revoke all on private.notifications from anon, authenticated, service_role;

create function private.notify(p_user uuid, p_kind text, p_booking uuid, p_position int default null) returns void
language sql security definer set search_path = '' as $$
  insert into private.notifications (user_id, kind, booking_id, waitlist_position) values (p_user, p_kind, p_booking, p_position);
  select pg_notify('notifications', p_kind);
$$;

-- ----------------------------------------------------------------------------
-- Helpers
-- ----------------------------------------------------------------------------
create function private.london_today() returns date
language sql stable set search_path = '' as $$
  select (now() at time zone 'Europe/London')::date;
$$;
comment on function private.london_today is 'Today''s date in Europe/London: booking windows are London dates.';

create function private.runs_course(p_course text) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.has_role('educator') and exists (
    select 1 from catalog.courses c, unnest(c.educators) as e
    where c.id = p_course and lower(e) = lower(auth.email())
  );
$$;
comment on function private.runs_course is 'True when the signed-in person is an educator listed on the course.';

create function private.runs_cohort(p_cohort text) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.runs_course((select course_id from catalog.cohorts where id = p_cohort));
$$;

create function private.refuse(reason text, message text) returns void
language plpgsql set search_path = '' as $$
begin
  raise exception using errcode = 'P0001', message = message, hint = reason;
end;
$$;
comment on function private.refuse is 'Stops a booking function with a message for people and a reason code (the hint) for code.';

-- ----------------------------------------------------------------------------
-- book_place
-- ----------------------------------------------------------------------------
create function public.book_place(cohort text) returns public.bookings
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  c catalog.cohorts;
  confirmed int;
  waiting int;
  booking public.bookings;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to book a place.'); end if;

  -- Everyone booking this cohort queues here, so the counts below cannot change until we commit.
  select * into c from catalog.cohorts where id = cohort for update;
  if not found or c.retired_at is not null then
    perform private.refuse('not_found', 'This cohort does not exist or is no longer running.');
  end if;
  if private.london_today() < c.booking_opens then
    perform private.refuse('window_not_open', format('Booking for this cohort opens on %s.', to_char(c.booking_opens, 'FMDD FMMonth YYYY')));
  end if;
  if private.london_today() > c.booking_closes then
    perform private.refuse('window_closed', format('Booking for this cohort closed on %s.', to_char(c.booking_closes, 'FMDD FMMonth YYYY')));
  end if;
  if exists (select 1 from public.bookings b where b.cohort_id = cohort and b.user_id = me and b.status <> 'cancelled') then
    perform private.refuse('already_booked', 'You already have a place or a place on the waiting list for this cohort.');
  end if;

  select count(*) filter (where status = 'confirmed'), count(*) filter (where status = 'waitlisted')
  into confirmed, waiting
  from public.bookings b where b.cohort_id = cohort;

  -- Nobody jumps the waiting list: a free place goes to a new booker only when no one is waiting.
  if confirmed < c.capacity and waiting = 0 then
    insert into public.bookings (cohort_id, user_id, status, confirmed_at)
    values (cohort, me, 'confirmed', clock_timestamp()) returning * into booking;
    perform private.notify(me, 'booking_confirmed', booking.id);
  elsif waiting < c.waitlist_capacity then
    insert into public.bookings (cohort_id, user_id, status, waitlist_position)
    values (cohort, me, 'waitlisted', waiting + 1) returning * into booking;
    perform private.notify(me, 'booking_waitlisted', booking.id, booking.waitlist_position);
  else
    perform private.refuse('full', 'This cohort is full and its waiting list is closed. Choose another date.');
  end if;
  return booking;
end;
$$;
comment on function public.book_place is 'Books the signed-in person onto a cohort, or its waiting list when full; refuses with a reason otherwise.';

-- ----------------------------------------------------------------------------
-- fill_places: while a cohort has free places and people waiting, the first in line gets a place. Run with the
-- cohort locked: after a cancellation, and after a catalog sync that may have raised capacity.
-- ----------------------------------------------------------------------------
create function private.fill_places(p_cohort text) returns uuid[]
language plpgsql security definer set search_path = '' as $$
declare
  free int;
  promoted public.bookings;
  everyone uuid[] := '{}';
begin
  select c.capacity - (select count(*) from public.bookings b where b.cohort_id = c.id and b.status = 'confirmed') into free
  from catalog.cohorts c where c.id = p_cohort and c.retired_at is null;
  while coalesce(free, 0) > 0 loop
    update public.bookings set status = 'confirmed', waitlist_position = null, confirmed_at = clock_timestamp()
    where id = (select id from public.bookings where cohort_id = p_cohort and status = 'waitlisted' order by waitlist_position limit 1)
    returning * into promoted;
    exit when promoted.id is null;
    perform private.notify(promoted.user_id, 'booking_promoted', promoted.id);
    everyone := everyone || promoted.user_id;
    promoted := null;
    free := free - 1;
  end loop;
  -- Close the gap in the waiting list, keeping its order. Positions change only under the cohort lock.
  update public.bookings w set waitlist_position = ranked.position
  from (
    select id, row_number() over (order by waitlist_position) as position
    from public.bookings where cohort_id = p_cohort and status = 'waitlisted'
  ) ranked
  where w.id = ranked.id and w.waitlist_position <> ranked.position;
  return everyone;
end;
$$;

create function private.fill_all_places() returns int
language plpgsql security definer set search_path = '' as $$
declare
  cohort text;
  filled int := 0;
begin
  for cohort in select id from catalog.cohorts where retired_at is null order by id for update loop
    filled := filled + cardinality(private.fill_places(cohort));
  end loop;
  return filled;
end;
$$;
comment on function private.fill_all_places is 'Gives free places to people waiting, in every cohort; run after each catalog sync.';

-- ----------------------------------------------------------------------------
-- release_place: cancel a booking and give its place to the first on the waiting list
-- ----------------------------------------------------------------------------
create function private.release_place(p_booking uuid, p_actor uuid) returns public.bookings
language plpgsql security definer set search_path = '' as $$
declare
  b public.bookings;
  promoted uuid[];
begin
  perform 1 from catalog.cohorts where id = (select cohort_id from public.bookings where id = p_booking) for update;
  select * into b from public.bookings where id = p_booking;  -- read again now that the cohort is locked
  if b.status = 'cancelled' then perform private.refuse('already_cancelled', 'This booking is already cancelled.'); end if;

  update public.bookings set status = 'cancelled', waitlist_position = null, cancelled_at = clock_timestamp(), cancelled_by = p_actor
  where id = p_booking returning * into b;

  promoted := private.fill_places(b.cohort_id);

  insert into public.audit_log (actor, action, subject_type, subject_id, details)
  values (p_actor, 'booking.cancelled', 'booking', b.id::text, jsonb_build_object('cohort', b.cohort_id, 'learner', b.user_id,
    'promoted', promoted[1]));
  return b;
end;
$$;

-- ----------------------------------------------------------------------------
-- cancel_booking: the learner (until the cohort starts), an educator who runs the course, or an admin
-- ----------------------------------------------------------------------------
create function public.cancel_booking(booking uuid) returns public.bookings
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  b public.bookings;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to cancel a booking.'); end if;
  select * into b from public.bookings where id = booking;
  if not found or not (b.user_id = me or private.runs_cohort(b.cohort_id) or private.has_role('admin')) then
    perform private.refuse('not_found', 'We could not find that booking.');
  end if;
  if b.user_id = me and (select starts_on from catalog.cohorts where id = b.cohort_id) <= private.london_today() then
    perform private.refuse('started', 'This cohort has started. Contact the course educator to withdraw.');
  end if;
  if exists (select 1 from public.course_completions cc where cc.user_id = b.user_id and cc.cohort_id = b.cohort_id) then
    perform private.refuse('completed', 'This course has been completed on these dates, so the booking stays.');
  end if;
  b := private.release_place(booking, me);
  perform private.notify(b.user_id, 'booking_cancelled', b.id);
  return b;
end;
$$;
comment on function public.cancel_booking is 'Cancels a booking; a freed place goes to the first on the waiting list.';

-- ----------------------------------------------------------------------------
-- cohort_availability: places left, open to everyone, with the caller's own booking
-- ----------------------------------------------------------------------------
create function public.cohort_availability(course text)
returns table (
  cohort_id text, capacity int, places_left int, waitlist_places_left int, booking_opens date, booking_closes date,
  booking_open boolean, my_booking_id uuid, my_status public.booking_status, my_waitlist_position int
)
language sql stable security definer set search_path = '' as $$
  select c.id, c.capacity,
    greatest(c.capacity - count(b.id) filter (where b.status = 'confirmed'), 0)::int,
    greatest(c.waitlist_capacity - count(b.id) filter (where b.status = 'waitlisted'), 0)::int,
    c.booking_opens, c.booking_closes,
    private.london_today() between c.booking_opens and c.booking_closes,
    mine.id, mine.status, mine.waitlist_position
  from catalog.cohorts c
  left join public.bookings b on b.cohort_id = c.id
  left join public.bookings mine on mine.cohort_id = c.id and mine.user_id = auth.uid() and mine.status <> 'cancelled'
  where c.course_id = course and c.retired_at is null
  group by c.id, mine.id
  order by c.starts_on;
$$;
comment on function public.cohort_availability is 'Each running cohort of a course with places left, and the signed-in person''s own booking.';

-- ----------------------------------------------------------------------------
-- Policies: bookings are read here and changed only through the functions above
-- ----------------------------------------------------------------------------
create policy "Learners can read their own bookings"
on public.bookings for select to authenticated
using (user_id = (select auth.uid()));

create policy "Educators can read bookings for the courses they run"
on public.bookings for select to authenticated
using ((select private.runs_cohort(cohort_id)));

create policy "Admins can read every booking"
on public.bookings for select to authenticated
using ((select private.has_role('admin')));

revoke all on public.bookings, public.audit_log from anon;
revoke insert, update, delete, truncate on public.bookings, public.audit_log from authenticated;
revoke execute on function public.book_place(text), public.cancel_booking(uuid) from public, anon;
revoke execute on function private.notify(uuid, text, uuid, int), private.refuse(text, text), private.release_place(uuid, uuid),
  private.fill_places(text), private.fill_all_places() from public;
