-- ============================================================================
-- Champions' daily share limit holds under parallel shares
-- ============================================================================
-- The limit of 10 new resources a day was a count before the insert, so shares sent together all counted the same
-- rows and 13 parallel shares stored 14. The guard now takes a transaction-level advisory lock per author before it
-- counts: a second share waits until the first commits or rolls back, then counts it.

create or replace function private.guard_resource() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user <> 'authenticated' then return new; end if;
  if tg_op = 'INSERT' then
    -- One share at a time per champion, so parallel shares each count the ones committed before them.
    perform pg_advisory_xact_lock(hashtextextended('public.resources daily limit ' || new.author::text, 0));
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

comment on function private.guard_resource is 'What a champion may change through the API: the content, while pending or rejected; at most 10 new resources a day, counted under a per-author lock.';
revoke execute on function private.guard_resource() from public, anon, authenticated;
