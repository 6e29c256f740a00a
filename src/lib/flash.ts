// A one-time message carried across a redirect (post, redirect, get) in a short-lived httpOnly cookie.
import type { AstroCookies } from 'astro';

export interface Flash {
  kind: 'success' | 'error';
  message: string;
}

const name = 'mbl-flash';

export function setFlash(cookies: AstroCookies, flash: Flash): void {
  cookies.set(name, JSON.stringify(flash), { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}

/** Reads the message and deletes it, so a reload or the back button does not show it again. */
export function takeFlash(cookies: AstroCookies): Flash | null {
  const raw = cookies.get(name)?.value;
  if (!raw) return null;
  cookies.delete(name, { path: '/' });
  try {
    const flash = JSON.parse(raw) as Flash;
    return (flash.kind === 'success' || flash.kind === 'error') && typeof flash.message === 'string' ? flash : null;
  } catch {
    return null;
  }
}
