-- ============================================================================
-- Decision e-mails: applicants hear of pharmacy network decisions, champions of moderation decisions
-- ============================================================================
-- Both go through the booking e-mails' queue (private.notifications), written by a trigger in the same transaction as
-- the decision, so a decision is never lost and never announced without having been made. The reason is copied into
-- the queue: the person gets the reason they were given, even if the record changes before the e-mail goes.

alter table private.notifications drop constraint notifications_kind_check;
alter table private.notifications add constraint notifications_kind_check check (kind in (
  'booking_confirmed', 'booking_waitlisted', 'booking_promoted', 'booking_cancelled',
  'network_approved', 'network_declined', 'resource_approved', 'resource_rejected'));
alter table private.notifications
  add column resource_id uuid references public.resources (id) on delete cascade,
  add column reason text;

-- For applications (the pharmacy network here, champions later): kind is the trigger's argument followed by the status.
create function private.notify_decision() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into private.notifications (user_id, kind, reason) values (new.user_id, tg_argv[0] || new.status, new.decision_reason);
  perform pg_notify('notifications', tg_argv[0] || new.status);
  return null;
end;
$$;

comment on function private.notify_decision is 'Queues the decision e-mail for an application; the trigger''s argument prefixes the kind.';

create trigger network_members_notify_decision
after update of status on public.network_members
for each row when (old.status = 'pending' and new.status in ('approved', 'declined'))
execute function private.notify_decision('network_');

create function private.notify_moderation() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into private.notifications (user_id, kind, resource_id, reason)
  values (new.author, 'resource_' || new.status, new.id, new.rejection_reason);
  perform pg_notify('notifications', 'resource_' || new.status);
  return null;
end;
$$;

comment on function private.notify_moderation is 'Queues the e-mail telling a champion what an educator decided about their resource.';

-- Re-approving a resource that one or two people reported (it stayed in the library) sends nothing; rejecting it does.
-- A resource hidden by three reports is pending again, so approving it tells its author it is back in the library.
create trigger resources_notify_moderation
after update of status, moderated_at on public.resources
for each row when (new.moderated_at is distinct from old.moderated_at and new.status in ('approved', 'rejected')
  and (old.status = 'pending' or new.status <> old.status))
execute function private.notify_moderation();

revoke execute on function private.notify_decision(), private.notify_moderation() from public;
