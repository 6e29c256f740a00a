// What a write gives back to the page: what was saved, or a message for the person about why not.
export type Outcome<T = undefined> = { ok: true; data: T } | { ok: false; message: string };

export const saved = <T>(data: T): Outcome<T> => ({ ok: true, data });
export const refused = (message: string): Outcome<never> => ({ ok: false, message });
