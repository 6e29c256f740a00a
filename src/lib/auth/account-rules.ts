// What an account may be: the auth server decides a password's and an e-mail address's shape (hosted: the project's
// Auth settings; here: supabase/local/api/auth); a name's length is the profiles table's (fieldLimits.profile). The
// forms say so first, in words a person can act on, from these values; tests/db/account-rules.test.ts checks them
// against the server.
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const maxEmailLength = 255;
export const minPasswordLength = 8;
/** bcrypt reads no more than 72 bytes, so GoTrue refuses longer passwords. */
export const maxPasswordLength = 72;
