-- ============================================================================
-- An e-mail that cannot be sent waits and is tried again later, without holding up the ones behind it
-- ============================================================================
-- After a failed send the mailer records the error and the next try: 1, 2, 4 ... minutes later, at most a day apart.
-- After 10 tries it stops (next_attempt_at is 'infinity') and the row stays for someone to look at.
alter table private.notifications
  add column attempts int not null default 0,
  add column last_error text,
  add column next_attempt_at timestamptz not null default now();
drop index private.notifications_id_idx;
create index notifications_due on private.notifications (next_attempt_at, id) where sent_at is null;
create index on private.notifications (resource_id);

create function private.notification_failed(notification bigint, error text) returns void
language sql security definer set search_path = '' as $$
  update private.notifications
  set attempts = attempts + 1, last_error = left(error, 1000),
    next_attempt_at = case when attempts + 1 >= 10 then 'infinity'
      else now() + least(interval '1 minute' * power(2, attempts), interval '1 day') end
  where id = notification;
$$;
comment on function private.notification_failed is 'Records a failed send and when to try again.';
revoke execute on function private.notification_failed(bigint, text) from public;
