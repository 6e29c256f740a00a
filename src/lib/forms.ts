/** A problem with what someone typed: the input it is about (for the error summary link), or none for the whole form. */
export interface FieldError {
  field?: string;
  message: string;
}

/** The ids of a control's hint and error, as FormGroup gives them, for its aria-describedby. */
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
