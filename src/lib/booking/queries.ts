// A learner's own bookings, read and changed through RLS and the SQL functions that keep capacity and waiting lists.
import type { Supabase } from '#lib/supabase/server.ts';
import { refusalMessage } from '#lib/http/refusal.ts';

export interface MyBooking {
  id: string;
  cohortId: string;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The learner's live (not cancelled) booking with this id, or null. */
export async function myBooking(supabase: Supabase, userId: string, id: string): Promise<MyBooking | null> {
  if (!uuid.test(id)) return null;
  const { data } = await supabase
    .from('bookings')
    .select('id, cohort_id, status, waitlist_position')
    .eq('id', id)
    .eq('user_id', userId)
    .neq('status', 'cancelled')
    .maybeSingle();
  return (
    data && { id: data.id, cohortId: data.cohort_id, status: data.status as MyBooking['status'], waitlistPosition: data.waitlist_position }
  );
}

/** The cohorts of the learner's confirmed places, except `except`. */
export async function myConfirmedCohorts(supabase: Supabase, userId: string, except?: string): Promise<string[]> {
  let query = supabase.from('bookings').select('cohort_id').eq('user_id', userId).eq('status', 'confirmed');
  if (except) query = query.neq('cohort_id', except);
  const { data } = await query;
  return (data ?? []).map((b) => b.cohort_id);
}

export type Refusal = { ok: false; message: string };

/** A place, or a numbered place on the waiting list when the dates are full. */
export async function bookPlace(supabase: Supabase, cohortId: string): Promise<{ ok: true; bookingId: string } | Refusal> {
  const { data, error } = await supabase.rpc('book_place', { cohort: cohortId });
  if (error) return { ok: false, message: refusalMessage(error, 'Your place could not be booked. Try again in a minute.') };
  return { ok: true, bookingId: data.id };
}

/** Cancels a place (the first person waiting gets it) or leaves a waiting list. */
export async function cancelBooking(supabase: Supabase, bookingId: string): Promise<{ ok: true } | Refusal> {
  const { error } = await supabase.rpc('cancel_booking', { booking: bookingId });
  return error
    ? { ok: false, message: refusalMessage(error, 'Your booking could not be cancelled. Try again in a minute.') }
    : { ok: true };
}
