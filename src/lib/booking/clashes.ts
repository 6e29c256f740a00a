// Whether a new place clashes with places the learner already has: the same day in both sets of sessions.
interface Dated {
  title: string;
  sessions: { date: string }[];
}

export interface Clash {
  title: string;
  /** The first day both have a session, YYYY-MM-DD. */
  date: string;
}

export function clashes(booked: Dated, others: Dated[]): Clash[] {
  const days = new Set(booked.sessions.map((s) => s.date));
  return others.flatMap((other) => {
    const shared = other.sessions
      .map((s) => s.date)
      .filter((d) => days.has(d))
      .sort();
    return shared.length ? [{ title: other.title, date: shared[0]! }] : [];
  });
}
