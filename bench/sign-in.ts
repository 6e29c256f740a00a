// Sign-ins under a burst, as when a cohort signs in at 9am: sign-ins a second through /auth/v1, and the home page's
// latency while 50 people sign in at once, against the same page on an idle server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { startPlatform } from '../scripts/lib/platform-server.ts';
import { freePort } from '#local/free-port.ts';
import { ms, percentile } from './stats.ts';

const burst = 50;
const password = 'Password123!';

/** Fetches the home page over and over, `parallel` at a time, until `done` resolves; returns each latency. */
async function homePageLatencies(siteUrl: string, done: Promise<unknown>, parallel = 4): Promise<number[]> {
  const latencies: number[] = [];
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (!finished) {
        const started = performance.now();
        const response = await fetch(`${siteUrl}/`);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`The home page answered ${response.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

export async function benchSignIn(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-sign-in-'));
  const platform = await startPlatform({ port: await freePort(), dataDir });
  try {
    const { siteUrl, backend } = platform;
    const admin = createClient(siteUrl, backend.keys.serviceRoleKey, { auth: { persistSession: false } });
    const emails = Array.from({ length: burst }, (_, i) => `burst.${i}@bench.example`);
    for (const email of emails) {
      const { error } = await admin.auth.admin.createUser({ email, password, email_confirm: true });
      if (error) throw error;
    }
    // Each person on their own computer: the API's per-client limits see each address, as the site forwards it.
    const signIn = async (email: string, i: number) => {
      const client = createClient(siteUrl, backend.keys.anonKey, {
        auth: { persistSession: false },
        global: { headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } },
      });
      const { error } = await client.auth.signInWithPassword({ email, password });
      if (error) throw error;
    };

    const idle = await homePageLatencies(siteUrl, new Promise((resolve) => setTimeout(resolve, 2000)));
    const started = performance.now();
    const signIns = Promise.all(emails.map((email, i) => signIn(email, i)));
    const [busy] = await Promise.all([homePageLatencies(siteUrl, signIns), signIns]);
    const seconds = (performance.now() - started) / 1000;

    console.log(`  ${burst} sign-ins at once: ${(burst / seconds).toFixed(1)} sign-ins/s (${seconds.toFixed(2)} s for all)`);
    console.log(
      `  home page, idle:               p50 ${ms(percentile(idle, 50))}, p95 ${ms(percentile(idle, 95))} (${idle.length} requests)`,
    );
    console.log(
      `  home page, during the burst:   p50 ${ms(percentile(busy, 50))}, p95 ${ms(percentile(busy, 95))} (${busy.length} requests)`,
    );
  } finally {
    await platform.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
