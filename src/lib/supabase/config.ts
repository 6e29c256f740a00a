/** Where the Supabase API is and the public (anon) key. Only these change between the embedded backend and a hosted project. */
export function supabaseConfig(): { url: string; anonKey: string } {
  const url = process.env.SUPABASE_URL;
  const anonKey = process.env.SUPABASE_ANON_KEY;
  if (!url || !anonKey) {
    throw new Error(
      'SUPABASE_URL and SUPABASE_ANON_KEY must be set: `npm start` sets them for the embedded backend; see the README for a hosted project.',
    );
  }
  return { url, anonKey };
}
