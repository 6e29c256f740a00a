-- ============================================================================
-- cohort_availability also gives each cohort's start date, so a course page can tell a learner who has done
-- everything when they can complete (a certificate names dates that have started) instead of offering a refusal.
-- ============================================================================
drop function public.cohort_availability(text);

create function public.cohort_availability(course text)
returns table (
  cohort_id text, starts_on date, capacity int, places_left int, waitlist_places_left int, booking_opens date, booking_closes date,
  booking_open boolean, my_booking_id uuid, my_status public.booking_status, my_waitlist_position int
)
language sql stable security definer set search_path = '' as $$
  select c.id, c.starts_on, c.capacity,
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
comment on function public.cohort_availability is 'Each running cohort of a course with its start, places left, and the signed-in person''s own booking.';
