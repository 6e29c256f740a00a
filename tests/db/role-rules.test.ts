// The role rules the site uses to show or hide things (src/lib/roles.ts, src/lib/educator/access.ts) are the ones the
// database enforces: each is checked here against the SQL that decides, for a person holding each role in turn.
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { sql } from './clients.ts';
import { person, reason } from './learning.ts';
import { Constants } from '#lib/supabase/database.types.ts';
import { managesNetwork, moderatesResources, roleNames, seesCourseInsight } from '#lib/roles.ts';
import { coursesRunBy } from '#lib/educator/access.ts';

const appRoles = Constants.public.Enums.app_role;

describe('role rules: the site and the database agree', () => {
  test('the site names every role the database has, and no other', async () => {
    const enumValues = (await sql(`select unnest(enum_range(null::public.app_role))::text as role`)).map((r) => r.role);
    expect([...appRoles]).toEqual(enumValues);
    expect(Object.keys(roleNames).sort()).toEqual([...enumValues].sort());
  });

  test.each(appRoles)('someone who is %s sees course insight, moderates and manages the network as SQL allows', async (role) => {
    const who = await person(role, role === 'learner' ? [] : [role]);
    const user = { roles: ['learner', role] };
    const nobody = randomUUID();
    const insight = await who.client.rpc('webinar_insight');
    expect(reason(insight.error) === 'forbidden', 'webinar_insight').toBe(!seesCourseInsight(user));
    const moderation = await who.client.rpc('moderate_resource', { resource: nobody, approve: true });
    expect(reason(moderation.error), 'moderate_resource').toBe(moderatesResources(user) ? 'not_found' : 'forbidden');
    const decision = await who.client.rpc('decide_membership', { member: nobody, approve: true });
    expect(reason(decision.error), 'decide_membership').toBe(managesNetwork(user) ? 'not_found' : 'forbidden');
  });

  test('the courses an educator runs are those whose educators list their e-mail in any case; an admin sees every course', async () => {
    const listed = await person('educator', ['educator']);
    const unlisted = await person('educator', ['educator']);
    const learnerListed = await person('learner');
    const admin = await person('admin', ['admin']);
    const [{ id: course }] = await sql(`select id from catalog.courses where retired_at is null order by id limit 1`);
    await sql(`update catalog.courses set educators = educators || array[upper($1), $2] where id = $3`, [
      listed.email,
      learnerListed.email,
      course,
    ]);
    const courses = await sql<{ id: string; educators: string[] }>(
      `select id, educators from catalog.courses where retired_at is null order by id`,
    );
    for (const [who, roles] of [
      [listed, ['educator']],
      [unlisted, ['educator']],
      [learnerListed, []],
      [admin, ['admin']],
    ] as const) {
      const shown = coursesRunBy(courses, { email: who.email, roles: ['learner', ...roles] }).map((c) => c.id);
      const allowed: string[] = [];
      for (const c of courses) {
        const { error } = await who.client.rpc('course_dashboard', { course: c.id });
        if (reason(error) !== 'forbidden') allowed.push(c.id);
      }
      expect(shown, who.email).toEqual(allowed);
    }
    expect(coursesRunBy(courses, { email: listed.email, roles: ['learner', 'educator'] }).map((c) => c.id)).toContain(course);
  });
});
