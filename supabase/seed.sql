-- Demo data for the embedded backend: one account per role. Every password is "Password123!".
-- Never load this into a real project.

-- As GoTrue writes them, so that a real GoTrue finds them too: the nil instance, the authenticated audience and role,
-- and empty (not null) tokens.
insert into auth.users (instance_id, aud, role, confirmation_token, recovery_token, id, email, encrypted_password, email_confirmed_at, raw_user_meta_data, raw_app_meta_data)
values
  ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', '', '', '00000000-0000-4000-8000-000000000001', 'learner@mindbody.example', extensions.crypt('Password123!', extensions.gen_salt('bf', 10)), now(), '{"full_name": "Lena Learner"}', '{"provider": "email", "providers": ["email"]}'),
  ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', '', '', '00000000-0000-4000-8000-000000000002', 'pharmacist@mindbody.example', extensions.crypt('Password123!', extensions.gen_salt('bf', 10)), now(), '{"full_name": "Priya Pharmacist"}', '{"provider": "email", "providers": ["email"]}'),
  ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', '', '', '00000000-0000-4000-8000-000000000003', 'champion@mindbody.example', extensions.crypt('Password123!', extensions.gen_salt('bf', 10)), now(), '{"full_name": "Chris Champion"}', '{"provider": "email", "providers": ["email"]}'),
  ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', '', '', '00000000-0000-4000-8000-000000000004', 'educator@mindbody.example', extensions.crypt('Password123!', extensions.gen_salt('bf', 10)), now(), '{"full_name": "Esther Educator"}', '{"provider": "email", "providers": ["email"]}'),
  ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', '', '', '00000000-0000-4000-8000-000000000005', 'admin@mindbody.example', extensions.crypt('Password123!', extensions.gen_salt('bf', 10)), now(), '{"full_name": "Adam Admin"}', '{"provider": "email", "providers": ["email"]}');

update public.profiles set profession = 'Staff nurse, acute medical ward', trust = 'King''s College Hospital', registration_body = 'NMC'
where id = '00000000-0000-4000-8000-000000000001';
update public.profiles set profession = 'Mental health pharmacist', trust = 'South London and Maudsley', registration_body = 'GPhC', registration_number = '2071234'
where id = '00000000-0000-4000-8000-000000000002';
update public.profiles set profession = 'Physiotherapist', trust = 'Guy''s and St Thomas''' where id = '00000000-0000-4000-8000-000000000003';
update public.profiles set profession = 'Nurse educator, liaison psychiatry', trust = 'South London and Maudsley' where id = '00000000-0000-4000-8000-000000000004';
update public.profiles set profession = 'Programme manager', trust = 'South London and Maudsley' where id = '00000000-0000-4000-8000-000000000005';

insert into public.user_roles (user_id, role) values
  ('00000000-0000-4000-8000-000000000002', 'pharmacist'),
  ('00000000-0000-4000-8000-000000000003', 'champion'),
  ('00000000-0000-4000-8000-000000000004', 'educator'),
  ('00000000-0000-4000-8000-000000000005', 'admin');

-- The demo pharmacist is an approved member of the pharmacy network.
insert into public.network_members (user_id, trust, job_role, gphc_number, status, decided_by, decided_at, decision_reason) values
  ('00000000-0000-4000-8000-000000000002', 'South London and Maudsley', 'Mental health pharmacist', '2071234', 'approved',
   '00000000-0000-4000-8000-000000000005', now(), null);

-- Mind & Body Champions: resources the demo champion shared. Six approved by the demo educator, one waiting for
-- moderation and one not approved, with the reason the champion sees.
insert into public.resources (id, author, title, url, note, summary, tags, audience, trust, status, moderated_by, moderated_at, rejection_reason, created_at) values
  ('c0000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', 'Five steps to mental wellbeing',
   'https://www.nhs.uk/mental-health/self-help/guides-tools-and-activities/five-steps-to-mental-wellbeing/', null,
   'The NHS guide to five evidence-based steps (connect, be active, learn, give, be mindful) that patients and staff can start today.',
   '{wellbeing,self-help}', 'Everyone', 'All trusts', 'approved', '00000000-0000-4000-8000-000000000004', now() - interval '40 days', null, now() - interval '41 days'),
  ('c0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003', 'Psychosis and schizophrenia in adults: physical health',
   'https://www.nice.org.uk/guidance/cg178', 'See the recommendations on physical health. Our team uses them to plan the annual physical health review with the GP.',
   'NICE guideline CG178, including the physical health monitoring people with psychosis should be offered: weight, blood pressure, glucose and lipids.',
   '{physical health,psychosis,monitoring}', 'Doctors', 'South London and Maudsley', 'approved', '00000000-0000-4000-8000-000000000004', now() - interval '30 days', null, now() - interval '32 days'),
  ('c0000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000003', 'Sleeping better around night shifts',
   'https://www.nhs.uk/every-mind-matters/mental-wellbeing-tips/how-to-fall-asleep-faster-and-sleep-better/', null,
   'Every Mind Matters tips on falling asleep faster and sleeping better, useful for staff on rotating shifts and for patients on the ward.',
   '{sleep,shift work,wellbeing}', 'Healthcare assistants', 'All trusts', 'approved', '00000000-0000-4000-8000-000000000004', now() - interval '20 days', null, now() - interval '21 days'),
  ('c0000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000003', 'Five-minute grounding exercise before handover',
   null, E'Stand or sit with both feet on the floor.\nName five things you can see, four you can hear, three you can touch, two you can smell and one you can taste.\n\nWe do this together in the staff room before the evening handover on Ward 7. It takes five minutes and helps people arrive.',
   'A short grounding exercise our team uses to settle before handover after a difficult shift. No equipment needed.',
   '{grounding,team wellbeing,handover}', 'Everyone', 'Guy''s and St Thomas''', 'approved', '00000000-0000-4000-8000-000000000004', now() - interval '12 days', null, now() - interval '14 days'),
  ('c0000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000003', 'Smoking cessation in acute and mental health services',
   'https://www.nice.org.uk/guidance/ng209', null,
   'NICE guideline NG209 on stop smoking support, including for people in hospital and in mental health services, and what to offer on admission.',
   '{smoking,physical health}', 'Nurses', 'King''s College Hospital', 'approved', '00000000-0000-4000-8000-000000000004', now() - interval '6 days', null, now() - interval '7 days'),
  ('c0000000-0000-4000-8000-000000000006', '00000000-0000-4000-8000-000000000003', 'Depression in adults: treatment and management',
   'https://www.nice.org.uk/guidance/ng222', null,
   'NICE guideline NG222 on treating depression, with a patient decision aid that helps when discussing options with people on physical health wards.',
   '{depression,shared decisions}', 'Allied health professionals', 'All trusts', 'approved', '00000000-0000-4000-8000-000000000004', now() - interval '2 days', null, now() - interval '3 days'),
  ('c0000000-0000-4000-8000-000000000007', '00000000-0000-4000-8000-000000000003', 'NHS Talking Therapies: how patients can refer themselves',
   'https://www.nhs.uk/mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/nhs-talking-therapies/', null,
   'How adults with anxiety or depression can refer themselves to NHS Talking Therapies, to share with patients before discharge.',
   '{talking therapies,discharge}', 'Everyone', 'All trusts', 'pending', null, null, null, now() - interval '1 day'),
  ('c0000000-0000-4000-8000-000000000008', '00000000-0000-4000-8000-000000000003', 'Magnesium supplements for better sleep',
   'https://www.example.com/shop/sleep-supplements', null,
   'An online shop with a discount on magnesium supplements that some colleagues say help them sleep.',
   '{sleep}', 'Everyone', 'All trusts', 'rejected', '00000000-0000-4000-8000-000000000004', now() - interval '4 days',
   'This links to a shop selling supplements, and there is no good evidence they help sleep. Please share NHS or other evidence-based advice instead, such as Every Mind Matters.',
   now() - interval '5 days');
