-- Demo data for the embedded backend: one account per role. Every password is "Password123!".
-- Never load this into a real project.

insert into auth.users (id, email, encrypted_password, email_confirmed_at, raw_user_meta_data, raw_app_meta_data)
values
  ('00000000-0000-4000-8000-000000000001', 'learner@mindbody.example', crypt('Password123!', gen_salt('bf', 10)), now(), '{"full_name": "Lena Learner"}', '{"provider": "email", "providers": ["email"]}'),
  ('00000000-0000-4000-8000-000000000002', 'pharmacist@mindbody.example', crypt('Password123!', gen_salt('bf', 10)), now(), '{"full_name": "Priya Pharmacist"}', '{"provider": "email", "providers": ["email"]}'),
  ('00000000-0000-4000-8000-000000000003', 'champion@mindbody.example', crypt('Password123!', gen_salt('bf', 10)), now(), '{"full_name": "Chris Champion"}', '{"provider": "email", "providers": ["email"]}'),
  ('00000000-0000-4000-8000-000000000004', 'educator@mindbody.example', crypt('Password123!', gen_salt('bf', 10)), now(), '{"full_name": "Esther Educator"}', '{"provider": "email", "providers": ["email"]}'),
  ('00000000-0000-4000-8000-000000000005', 'admin@mindbody.example', crypt('Password123!', gen_salt('bf', 10)), now(), '{"full_name": "Adam Admin"}', '{"provider": "email", "providers": ["email"]}');

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
