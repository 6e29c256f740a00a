// The learner journey's trusted SQL through the local API: booking under concurrency, grading, and certificate PDFs.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startBackend } from '#local/backend.ts';
import { freePort } from '#local/free-port.ts';
import { signJwt } from '#local/api/keys.ts';
import { syncCatalog } from '#lib/catalog/sync.ts';
import { certificatePdf } from '#lib/certificates/certificate-pdf.ts';
import { ms, percentile } from './stats.ts';

const bookers = 2_000;
const inFlight = 50;
const capacity = 500;

/** Runs `work` for every item with at most `limit` in flight; returns each call's latency. */
async function timed<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const queue = [...items];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        const t = performance.now();
        await work(item);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - start) / 1000 };
}

const line = (name: string, r: { latencies: number[]; seconds: number }) =>
  console.log(
    `  ${name}: ${(r.latencies.length / r.seconds).toFixed(0)} req/s, p50 ${ms(percentile(r.latencies, 50))}, p95 ${ms(percentile(r.latencies, 95))}`,
  );

export async function benchLearning(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-learning-'));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl, poolSize: inFlight });
  await syncCatalog(backend.adminUrl);
  const server = createServer(async (req, res) => {
    if (!(await backend.api.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const db = new pg.Client({ connectionString: backend.adminUrl });
  await db.connect();
  try {
    const cohort = 'bench-cohort';
    await db.query(
      `insert into catalog.cohorts (id, course_id, title, starts_on, ends_on, sessions, capacity, waitlist_capacity, booking_opens, booking_closes, facilitator)
      values ($1, 'mental-health-skills-5-day', 'Bench', current_date + 30, current_date + 34, '[]', $2, $3, current_date - 1, current_date + 10, 'Bench')`,
      [cohort, capacity, bookers],
    );
    const people = Array.from({ length: bookers }, () => ({ id: randomUUID(), email: `bench.${randomUUID()}@test.example` }));
    await db.query(`insert into auth.users (id, email) select * from jsonb_to_recordset($1::jsonb) as r(id uuid, email text)`, [
      JSON.stringify(people),
    ]);
    const tokens = await Promise.all(
      people.map((p) => signJwt({ sub: p.id, email: p.email, role: 'authenticated' }, backend.keys.jwtSecret, 3600)),
    );
    const call = async (token: string, fn: string, body: object) => {
      const res = await fetch(`${siteUrl}/rest/v1/rpc/${fn}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { apikey: backend.keys.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
      if (!res.ok) throw new Error(`${fn}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };

    console.log(`  ${bookers} people book one cohort of ${capacity} places, ${inFlight} requests in flight (rpc book_place):`);
    line('book_place', await timed(tokens, inFlight, (t) => call(t, 'book_place', { cohort })));
    const {
      rows: [counts],
    } = await db.query(
      `select count(*) filter (where status = 'confirmed') as confirmed,
      count(*) filter (where status = 'waitlisted') as waiting, count(distinct waitlist_position) as positions from public.bookings where cohort_id = $1`,
      [cohort],
    );
    console.log(`  final counts: ${counts.confirmed} confirmed, ${counts.waiting} waitlisted (${counts.positions} distinct positions)`);

    const {
      rows: [quiz],
    } = await db.query(`select questions from catalog.quizzes where id = 'mental-health-skills-5-day-day-1'`);
    const answers = Object.fromEntries(
      quiz.questions.map((q: { id: string; options: { id: string; correct: boolean }[] }) => [
        q.id,
        q.options.filter((o) => o.correct).map((o) => o.id),
      ]),
    );
    line(
      `submit_quiz_attempt (${quiz.questions.length} questions, 10 in flight)`,
      await timed(tokens.slice(0, 1_000), 10, (t) => call(t, 'submit_quiz_attempt', { quiz: 'mental-health-skills-5-day-day-1', answers })),
    );

    const pdfTimes = await timed(
      Array.from({ length: 100 }, (_, i) => i),
      1,
      async (i) => {
        await certificatePdf({
          learnerName: `Florence Nightingale ${i}`,
          courseTitle: 'Mental health skills for non-mental-health professionals',
          certificateWording:
            'has completed a five-day course of the Mind & Body programme (30 hours of continuing professional development).',
          cohortStart: '2027-01-11',
          cohortEnd: '2027-01-15',
          cpdHours: 30,
          issuedAt: new Date(),
          code: '7K4P-Q2XD-9HTR-W3NC',
          verifyUrl: 'https://learning.example/verify/7K4P-Q2XD-9HTR-W3NC',
        });
      },
    );
    console.log(
      `  certificate PDF: p50 ${ms(percentile(pdfTimes.latencies, 50))}, p95 ${ms(percentile(pdfTimes.latencies, 95))} (100 in a row, one process)`,
    );
  } finally {
    await db.end();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await backend.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
