// The signed-in learner's CPD record and details, read through RLS, in the shape the exports print.
import type { CpdEntry, CpdPerson } from '../cpd/cpd-record.ts';
import type { Supabase } from '../supabase/server.ts';

export interface StoredCpdEntry extends CpdEntry {
  id: string;
}

export async function cpdRecord(supabase: Supabase, userId: string): Promise<{ person: CpdPerson; entries: StoredCpdEntry[] }> {
  const [entries, profile] = await Promise.all([
    supabase.from('cpd_entries').select('id, source, activity, activity_date, hours, kind, learned, practice_change').eq('user_id', userId).order('activity_date'),
    supabase.from('profiles').select('full_name, profession, registration_body, registration_number').eq('id', userId).single(),
  ]);
  if (entries.error || profile.error) throw new Error('Your CPD record could not be loaded.');
  return {
    person: {
      fullName: profile.data.full_name, profession: profile.data.profession,
      registrationBody: profile.data.registration_body, registrationNumber: profile.data.registration_number,
    },
    entries: entries.data.map((e) => ({
      id: e.id, date: e.activity_date, activity: e.activity, hours: Number(e.hours), type: e.kind as StoredCpdEntry['type'], source: e.source as StoredCpdEntry['source'],
      learned: e.learned, practiceChange: e.practice_change,
    })),
  };
}
