// The Prefer header as PostgREST reads it; with handling=strict an unknown or invalid preference is PGRST122.
import { restError } from './errors.ts';

export interface Prefer {
  return?: 'minimal' | 'headers-only' | 'representation';
  count?: 'exact' | 'planned' | 'estimated';
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
  missing?: 'default' | 'null';
  handling?: 'strict' | 'lenient';
  tx?: 'commit' | 'rollback';
  timezone?: string;
  maxAffected?: number;
}

const choices: Record<string, string[]> = {
  return: ['minimal', 'headers-only', 'representation'],
  count: ['exact', 'planned', 'estimated'],
  resolution: ['merge-duplicates', 'ignore-duplicates'],
  missing: ['default', 'null'],
  handling: ['strict', 'lenient'],
  tx: ['commit', 'rollback'],
};
const timezones = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);

export function parsePrefer(header: string | string[] | undefined): Prefer {
  const prefer: Prefer = {};
  const invalid: string[] = [];
  const parts = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const [name, value = ''] = part.split('=').map((s) => s.trim()) as [string, string?];
    if (name in choices && choices[name]!.includes(value)) (prefer as Record<string, string>)[name] = value;
    else if (name === 'timezone' && timezones.has(value)) prefer.timezone = value;
    else if (name === 'max-affected' && /^\d{1,15}$/.test(value)) prefer.maxAffected = Number(value);
    else invalid.push(part);
  }
  if (prefer.handling === 'strict' && invalid.length) {
    throw restError(400, 'PGRST122', 'Invalid preferences given with handling=strict', `Invalid preferences: ${invalid.join(', ')}`);
  }
  return prefer;
}

/** The Preference-Applied header: the preferences this request honoured, in PostgREST's order. */
export function appliedHeader(
  prefer: Prefer,
  applies: { resolution: boolean; return: boolean; missing: boolean; maxAffected: boolean },
): string | undefined {
  const applied = [
    applies.resolution && prefer.resolution && `resolution=${prefer.resolution}`,
    applies.return && prefer.return && `return=${prefer.return}`,
    prefer.count && `count=${prefer.count}`,
    prefer.tx && `tx=${prefer.tx}`,
    applies.missing && prefer.missing && `missing=${prefer.missing}`,
    prefer.handling && `handling=${prefer.handling}`,
    prefer.timezone && `timezone=${prefer.timezone}`,
    applies.maxAffected && prefer.maxAffected !== undefined && `max-affected=${prefer.maxAffected}`,
  ].filter(Boolean);
  return applied.length ? applied.join(', ') : undefined;
}
