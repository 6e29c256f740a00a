-- Demo webinar viewing for the educator dashboard's webinar figures: psychiatry trainees watch the physical-health
-- series, approved members of the pharmacy network watch its webinars (the members-only one too), and some of the demo
-- cohorts' learners watch the IMPHS overview. Each viewing goes through record_webinar_progress as the viewer, so the
-- 90 % rule and the CPD entry are the real ones; a viewing is then moved back to a day in the last three months. Most
-- who start a webinar finish it; the rest stop part-way. The accounts have no password: nobody signs in as them.
do $$
declare
  admin constant uuid := '00000000-0000-4000-8000-000000000005';
  trainees constant text[] := array['Aditi Rao', 'Ciaran Doyle', 'Funmi Okafor', 'Gareth Price', 'Imogen Reid', 'Jun Watanabe',
    'Leah Goldberg', 'Marcus Boateng', 'Naomi Fraser', 'Owen Pritchard', 'Roisin Byrne', 'Yusuf Hassan'];
  grades constant text[] := array['Core trainee in psychiatry (CT1)', 'Core trainee in psychiatry (CT2)',
    'Core trainee in psychiatry (CT3)', 'Specialty registrar, general adult psychiatry (ST4)'];
  pharmacists constant text[] := array['Bola Adeyinka', 'Claire Whitfield', 'Dev Mistry', 'Elena Popescu', 'Farah Siddiqui',
    'Hugh Maddox', 'Ines Carvalho', 'Kofi Asante', 'Mei Lin Chen'];
  roles constant text[] := array['Mental health pharmacist', 'Lead pharmacist, medicines information', 'Ward pharmacist, acute medicine',
    'Pharmacist, emergency department', 'Specialist pharmacist, older adults'];
  trusts constant text[] := array['King''s College Hospital', 'Guy''s and St Thomas''', 'South London and Maudsley'];
  viewer uuid;
  person record;
  w record;
  share numeric;
  watched_on timestamptz;
begin
  perform setseed(0.1402);
  create temporary table demo_viewers (id uuid, audience text) on commit drop;

  for i in 1 .. cardinality(trainees) loop
    viewer := format('00000000-0000-4000-a000-%s', lpad(i::text, 12, '0'))::uuid;
    insert into auth.users (instance_id, aud, role, confirmation_token, recovery_token, id, email, email_confirmed_at, raw_user_meta_data, raw_app_meta_data)
    values ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', '', '', viewer,
      lower(replace(trainees[i], ' ', '.')) || '@mindbody.example', now(),
      jsonb_build_object('full_name', trainees[i]), '{"provider": "email", "providers": ["email"]}');
    update public.profiles set profession = grades[1 + i % cardinality(grades)], trust = 'South London and Maudsley', registration_body = 'GMC'
    where id = viewer;
    insert into demo_viewers values (viewer, 'physical-health-for-psychiatry');
  end loop;

  for i in 1 .. cardinality(pharmacists) loop
    viewer := format('00000000-0000-4000-a100-%s', lpad(i::text, 12, '0'))::uuid;
    insert into auth.users (instance_id, aud, role, confirmation_token, recovery_token, id, email, email_confirmed_at, raw_user_meta_data, raw_app_meta_data)
    values ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', '', '', viewer,
      lower(replace(pharmacists[i], ' ', '.')) || '@mindbody.example', now(),
      jsonb_build_object('full_name', pharmacists[i]), '{"provider": "email", "providers": ["email"]}');
    update public.profiles set profession = roles[1 + i % cardinality(roles)], trust = trusts[1 + i % 3], registration_body = 'GPhC',
      registration_number = (2072000 + i * 37)::text
    where id = viewer;
    insert into public.user_roles (user_id, role) values (viewer, 'pharmacist');
    insert into public.network_members (user_id, trust, job_role, gphc_number, status, applied_at, decided_by, decided_at)
    values (viewer, trusts[1 + i % 3], roles[1 + i % cardinality(roles)], (2072000 + i * 37)::text, 'approved',
      now() - interval '200 days' + i * interval '3 days', admin, now() - interval '198 days' + i * interval '3 days');
    insert into demo_viewers values (viewer, 'pharmacy-network');
  end loop;

  -- The demo cohorts' learners who have started their course; about a third of them watch the IMPHS overview.
  insert into demo_viewers
  select distinct p.user_id, 'imphs' from public.lesson_progress p
  where p.user_id::text like '00000000-0000-4000-9000-%';

  for person in select * from demo_viewers order by id loop
    for w in select * from catalog.webinars where series = person.audience and retired_at is null order by id loop
      continue when random() > case when person.audience = 'imphs' then 0.35 else 0.7 end;
      -- Most who start finish (90 % or more); the rest stop somewhere in the first three quarters.
      share := case when random() < 0.65 then 0.9 + random() * 0.1 else 0.05 + random() * 0.7 end;
      perform set_config('request.jwt.claims', jsonb_build_object('sub', person.id, 'role', 'authenticated')::text, true);
      perform public.record_webinar_progress(w.id, '[]');
      -- As if the viewing had been reported as it played: the database allows what server time since then allows.
      update public.webinar_views set last_reported_at = now() - interval '1 day' where user_id = person.id and webinar_id = w.id;
      perform public.record_webinar_progress(w.id, jsonb_build_array(jsonb_build_array(0, round(share * w.duration_seconds, 1))));
      perform set_config('request.jwt.claims', '', true);

      watched_on := date_trunc('day', now() - (1 + floor(random() * 90)) * interval '1 day') + interval '12 hours' + random() * interval '9 hours';
      update public.webinar_views v set started_at = watched_on,
        last_reported_at = watched_on + v.seconds_watched * interval '1 second',
        completed_at = case when v.completed_at is not null then watched_on + v.seconds_watched * interval '1 second' end
      where v.user_id = person.id and v.webinar_id = w.id;
      update public.cpd_entries set activity_date = (watched_on at time zone 'Europe/London')::date, created_at = watched_on, updated_at = watched_on
      where user_id = person.id and source = 'webinar' and source_id = w.id;
    end loop;
  end loop;
end;
$$;
