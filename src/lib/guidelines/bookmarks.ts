// A network member's bookmarked guidelines, read and written as the signed-in person (row-level security decides).
import { z } from 'zod';
import type { Supabase } from '#lib/supabase/server.ts';
import type { Database } from '#lib/supabase/database.types.ts';
import { refusalMessage } from '#lib/http/refusal.ts';
import { refused, saved, type Outcome } from '#lib/outcome.ts';

export type Bookmark = Database['public']['Functions']['my_guidelines']['Returns'][number];

/** The "Bookmark this guideline" button posts nothing; "Remove bookmark" posts action=remove. */
export const bookmarkForm = z.object({
  action: z.enum(['add', 'remove'], 'Choose to bookmark the guideline or to remove the bookmark.').default('add'),
});

/** The member's bookmarks, each marked when the guideline has changed since they last opened it. */
export async function myGuidelines(supabase: Supabase): Promise<Bookmark[]> {
  const { data, error } = await supabase.rpc('my_guidelines');
  if (error) throw new Error('Your bookmarks could not be loaded.');
  return data ?? [];
}

/** A member opens a guideline: the version they have now seen is noted; gives whether they keep it bookmarked. */
export async function openGuideline(supabase: Supabase, userId: string, guidelineId: string): Promise<{ bookmarked: boolean }> {
  const [{ data }] = await Promise.all([
    supabase.from('guideline_bookmarks').select('guideline_id').eq('user_id', userId).eq('guideline_id', guidelineId).maybeSingle(),
    supabase.rpc('open_guideline', { guideline: guidelineId }),
  ]);
  return { bookmarked: !!data };
}

export async function setBookmark(supabase: Supabase, guidelineId: string, keep: boolean): Promise<Outcome> {
  const { error } = keep
    ? await supabase.rpc('bookmark_guideline', { guideline: guidelineId })
    : await supabase.from('guideline_bookmarks').delete().eq('guideline_id', guidelineId);
  return error ? refused(refusalMessage(error, 'Your bookmark could not be saved. Try again in a minute.')) : saved(undefined);
}
