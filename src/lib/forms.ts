/** A problem with what someone typed: the input it is about (for the error summary link), or none for the whole form. */
export interface FieldError {
  field?: string;
  message: string;
}
