import type { z } from 'zod';

/** A problem with what someone typed: the input it is about (for the error summary link), or none for the whole form. */
export interface FieldError {
  field?: string;
  message: string;
}

/** The ids of a control's hint and error, as FormGroup gives them, for its aria-describedby. */
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

/**
 * A refused value as it is shown again in its field: without control characters other than tabs and line breaks, which
 * the form refused (a NUL cannot be stored) and no keyboard types, so that sending the form again can succeed.
 */
export const shownAgain = (text: string) => text.replace(/[^\P{Cc}\t\n\r]/gu, '');

/** A posted form read through its schema: the values to save, or what is wrong with each field (first problem each). */
export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/**
 * Every form post goes through this: the form's fields as strings (a field posted twice keeps its values as a list),
 * checked by the form's zod schema, whose messages are written for the error summary ("Enter a title").
 */
export function readForm<S extends z.ZodType>(schema: S, form: FormData): FormResult<z.output<S>> {
  const fields: Record<string, string | string[]> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name).filter((v): v is string => typeof v === 'string');
    fields[name] = values.length > 1 ? values : (values[0] ?? '');
  }
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    if (field && errors.some((e) => e.field === field)) continue;
    errors.push({ field, message: issue.message });
  }
  return { ok: false, errors };
}
