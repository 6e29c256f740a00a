// What changed between two versions of a guideline, as clinicians read it: changed blocks with word-level changes,
// grouped under their ## section. Pure: bodies in, blocks out.
import { diffArrays, diffWords } from 'diff';
import { stripInline } from '#lib/search/strip-markdown.ts';

export type BlockType = 'heading' | 'paragraph' | 'item' | 'row';
export type DiffKind = 'unchanged-heading' | 'changed' | 'added' | 'removed';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface DiffBlock {
  kind: DiffKind;
  type: BlockType;
  /** The ## section the block is in ('' before the first one); for a ## heading, its own text. */
  heading: string;
  parts: DiffPart[];
}

interface Block {
  type: BlockType;
  text: string;
  heading: string;
}

/** Orders versions such as "2.10" after "2.9". Negative if a is earlier than b. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The highest version of the guideline earlier than `currentVersion`, or null if there is none. */
export function previousVersion<T extends { data: { guideline: string; version: string } }>(
  guidelineId: string,
  currentVersion: string,
  versions: readonly T[],
): T | null {
  return versions
    .filter((v) => v.data.guideline === guidelineId && compareVersions(v.data.version, currentVersion) < 0)
    .reduce<T | null>((best, v) => (!best || compareVersions(v.data.version, best.data.version) > 0 ? v : best), null);
}

const tableDivider = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => stripInline(cell));

/** A table row as "first cell; Header: cell; Header: cell", so a changed value says which column it is in. */
function rowText(cells: string[], header: string[] | null): string {
  if (!header || header === cells) return cells.filter(Boolean).join('; ');
  return cells
    .map((cell, i) => (i > 0 && header[i] ? `${header[i]}: ${cell}` : cell))
    .filter(Boolean)
    .join('; ');
}

/** Splits an MDX body into headings, paragraphs, list items and table rows, as plain text. */
export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let heading = '';
  let open: { type: 'paragraph' | 'item'; lines: string[] } | null = null;
  let header: string[] | null = null;
  let fenced = false;
  const close = () => {
    const text = open && stripInline(open.lines.join(' '));
    if (open && text) blocks.push({ type: open.type, text, heading });
    open = null;
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || /^\s*(```|~~~)/.test(line) || /^(import|export)\s/.test(line)) continue;
    const title = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    const item = /^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (!line.trim() || title || item || /^\s*\|/.test(line)) close();
    if (!/^\s*\|/.test(line)) header = null;
    if (!line.trim() || tableDivider.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue;
    if (title) {
      const text = stripInline(title[2]!);
      if (title[1] === '##') heading = text;
      blocks.push({ type: 'heading', text, heading });
    } else if (item) {
      open = { type: 'item', lines: [item[3]!] };
    } else if (/^\s*\|/.test(line)) {
      const cells = cellsOf(line);
      header ??= cells;
      const text = rowText(cells, header);
      if (text) blocks.push({ type: 'row', text, heading });
    } else {
      const text = line.replace(/^\s*>\s?/, '').trim();
      if (open) open.lines.push(text);
      else open = { type: 'paragraph', lines: [text] };
    }
  }
  close();
  return blocks;
}

/** Adjacent parts with the same change merged into one. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.change === part.change) last.text += part.text;
    else if (part.text) merged.push({ ...part });
  }
  return merged;
}

function wordParts(before: string, after: string): DiffPart[] {
  return merge(
    diffWords(before, after).map((c) => ({
      text: c.value,
      change: c.added ? 'added' : c.removed ? 'removed' : 'same',
    })),
  );
}

/** How alike two texts are, from 0 to 1: the share of words they have in common (Dice coefficient). */
function similarity(before: string, after: string): number {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const left = words(before);
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  const right = words(after);
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      common++;
      counts.set(word, n - 1);
    }
  }
  return (2 * common) / Math.max(1, left.length + right.length);
}

/**
 * Within a run of removed blocks and the run of added blocks that replaced them, pairs each added block with the next
 * removed block of the same type that shares most of its words: those are shown as changed, word by word. Between
 * pairs, removed blocks come before added ones.
 */
function pairRun(removed: Block[], added: Block[]): DiffBlock[] {
  const out: DiffBlock[] = [];
  const whole = (kind: 'added' | 'removed', b: Block): DiffBlock => ({
    kind,
    type: b.type,
    heading: b.heading,
    parts: [{ text: b.text, change: kind }],
  });
  let r = 0;
  let a = 0;
  const flush = (toR: number, toA: number) => {
    for (; r < toR; r++) out.push(whole('removed', removed[r]!));
    for (; a < toA; a++) out.push(whole('added', added[a]!));
  };
  added.forEach((block, j) => {
    const match = removed.findIndex((old, i) => i >= r && old.type === block.type && similarity(old.text, block.text) >= 0.5);
    if (match === -1) return;
    flush(match, j);
    out.push({ kind: 'changed', type: block.type, heading: block.heading, parts: wordParts(removed[r]!.text, block.text) });
    r++;
    a++;
  });
  flush(removed.length, added.length);
  return out;
}

/**
 * The blocks that differ between two MDX bodies, in reading order, each preceded (once per run) by its unchanged ##
 * section heading for context. Unchanged blocks, and changes to Markdown syntax alone, are left out.
 */
export function versionDiff(previousBody: string, currentBody: string): DiffBlock[] {
  const key = (b: Block) => `${b.type}\u0000${b.text}`;
  const before = splitBlocks(previousBody);
  const after = splitBlocks(currentBody);
  const changes = diffArrays(before.map(key), after.map(key));
  const changed: DiffBlock[] = [];
  let i = 0;
  let j = 0;
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    if (!change.added && !change.removed) {
      i += change.count;
      j += change.count;
      continue;
    }
    const next = changes[c + 1];
    const removedCount = change.removed ? change.count : 0;
    const addedCount = change.added ? change.count : next?.added && change.removed ? next.count : 0;
    if (change.removed && next?.added) c++;
    changed.push(...pairRun(before.slice(i, i + removedCount), after.slice(j, j + addedCount)));
    i += removedCount;
    j += addedCount;
  }
  return withHeadings(changed);
}

/** Puts the unchanged ## heading before each run of changes in a section, unless the heading itself changed. */
function withHeadings(blocks: DiffBlock[]): DiffBlock[] {
  const out: DiffBlock[] = [];
  let section: string | null = null;
  for (const block of blocks) {
    if (block.heading !== section && !opensSection(block) && block.heading) {
      out.push({ kind: 'unchanged-heading', type: 'heading', heading: block.heading, parts: [{ text: block.heading, change: 'same' }] });
    }
    section = block.heading;
    out.push(block);
  }
  return out;
}

/** Whether the block is a ## heading (changed, added, removed or unchanged), which starts a section of the diff. */
export function opensSection(block: DiffBlock): boolean {
  if (block.type !== 'heading') return false;
  // The heading's text as it reads in its own version: removed words for a removed heading, otherwise added ones.
  const own = block.kind === 'removed' ? 'removed' : 'added';
  return (
    block.heading ===
    block.parts
      .filter((p) => p.change === 'same' || p.change === own)
      .map((p) => p.text)
      .join('')
  );
}
