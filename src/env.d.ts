/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set on on-demand pages only: a supabase-js client acting as the person making the request. */
    supabase: import('./lib/supabase/server.ts').Supabase;
    user: import('./lib/auth/current-user.ts').CurrentUser | null;
    /** Set by the middleware when a posted body was refused; /request-refused says why. */
    refusal?: import('./lib/http/body.ts').BodyRefusal;
    /** Set by the middleware when the page needs a role the person does not have; /forbidden names it. */
    requiredRoles?: readonly import('./lib/auth/current-user.ts').AppRole[];
  }
}
