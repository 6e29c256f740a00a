-- A person's download of their data includes what they wrote under lessons' Reflect prompts.
create or replace function public.export_my_data() returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
    'exportedAt', now(),
    'account', (select jsonb_build_object('id', u.id, 'email', u.email, 'createdAt', u.created_at, 'lastSignInAt', u.last_sign_in_at)
                from auth.users u where u.id = auth.uid()),
    'profile', (select to_jsonb(p) from public.profiles p where p.id = auth.uid()),
    'roles', (select coalesce(jsonb_agg(r.role order by r.role), '[]') from public.user_roles r where r.user_id = auth.uid()),
    'bookings', (select coalesce(jsonb_agg(to_jsonb(b) order by b.booked_at), '[]') from public.bookings b where b.user_id = auth.uid()),
    'lessonProgress', (select coalesce(jsonb_agg(to_jsonb(x) order by x.completed_at), '[]') from public.lesson_progress x where x.user_id = auth.uid()),
    'quizAttempts', (select coalesce(jsonb_agg(to_jsonb(x) order by x.submitted_at), '[]') from public.quiz_attempts x where x.user_id = auth.uid()),
    'courseCompletions', (select coalesce(jsonb_agg(to_jsonb(x) order by x.completed_at), '[]') from public.course_completions x where x.user_id = auth.uid()),
    'certificates', (select coalesce(jsonb_agg(to_jsonb(x) order by x.issued_at), '[]') from public.certificates x where x.user_id = auth.uid()),
    'lessonReflections', (select coalesce(jsonb_agg(jsonb_build_object('lessonId', x.lesson_id, 'reflection', x.reflection, 'createdAt', x.created_at, 'updatedAt', x.updated_at) order by x.created_at), '[]')
                          from public.lesson_reflections x where x.user_id = auth.uid()),
    'cpdRecord', (select coalesce(jsonb_agg(to_jsonb(x) order by x.activity_date), '[]') from public.cpd_entries x where x.user_id = auth.uid()),
    'webinarViews', (select coalesce(jsonb_agg(to_jsonb(x) order by x.started_at), '[]') from public.webinar_views x where x.user_id = auth.uid()),
    'pharmacyNetwork', (select to_jsonb(x) from public.network_members x where x.user_id = auth.uid()),
    'guidelineBookmarks', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.guideline_bookmarks x where x.user_id = auth.uid()),
    'championApplication', (select to_jsonb(x) from public.champion_applications x where x.user_id = auth.uid()),
    'sharedResources', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resources x where x.author = auth.uid()),
    'usefulMarks', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resource_useful x where x.user_id = auth.uid()),
    'reports', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from public.resource_reports x where x.user_id = auth.uid())
  )
  where auth.uid() is not null;
$$;
