-- ============================================================================
-- Reminders: three days before a cohort starts, everyone with a place gets its sessions again
-- ============================================================================
-- private.queue_reminders() queues one reminder per confirmed booking whose cohort starts in the next three days,
-- unless the place was confirmed within three days of the start (the confirmation has just told them). It queues
-- nothing before 8am London time, so reminders do not arrive in the night. It is safe to run as often as you like:
-- the mail worker runs it before each delivery round.

alter table private.notifications drop constraint notifications_kind_check;
alter table private.notifications add constraint notifications_kind_check check (kind in (
  'booking_confirmed', 'booking_waitlisted', 'booking_promoted', 'booking_cancelled', 'booking_reminder',
  'network_approved', 'network_declined', 'resource_approved', 'resource_rejected',
  'champion_approved', 'champion_declined'));
create unique index notifications_one_reminder_per_booking on private.notifications (booking_id) where kind = 'booking_reminder';

create function private.queue_reminders(at timestamptz default now()) returns int
language sql security definer set search_path = '' as $$
  with today as (select (at at time zone 'Europe/London') as local),
  due as (
    insert into private.notifications (user_id, kind, booking_id)
    select b.user_id, 'booking_reminder', b.id
    from public.bookings b
    join catalog.cohorts c on c.id = b.cohort_id
    cross join today
    where b.status = 'confirmed' and c.retired_at is null
      and today.local::time >= '08:00'
      and c.starts_on > today.local::date and c.starts_on <= today.local::date + 3
      and b.confirmed_at < (c.starts_on - 3)::timestamp at time zone 'Europe/London'
    on conflict (booking_id) where kind = 'booking_reminder' do nothing
    returning 1
  )
  select count(*)::int from due;
$$;
comment on function private.queue_reminders is 'Queues the reminder e-mail for places on cohorts starting in the next three days; returns how many.';
revoke execute on function private.queue_reminders(timestamptz) from public;

-- A place given up after its reminder was queued takes the unsent reminder with it.
create function private.drop_unsent_reminder() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  delete from private.notifications where booking_id = new.id and kind = 'booking_reminder' and sent_at is null;
  return null;
end;
$$;

create trigger bookings_drop_unsent_reminder
after update of status on public.bookings
for each row when (old.status = 'confirmed' and new.status <> 'confirmed')
execute function private.drop_unsent_reminder();

revoke execute on function private.drop_unsent_reminder() from public;
