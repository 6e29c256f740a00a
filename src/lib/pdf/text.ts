// Text on PDF pages: make text printable in a font (pdf-lib's standard fonts print WinAnsi only), wrap it, fit it.
import type { PDFFont } from 'pdf-lib';

/** A pdf-lib font, or a typeface of several (./typeface.ts). */
type TextFont = Pick<PDFFont, 'widthOfTextAtSize' | 'getCharacterSet'>;

const fallbacks: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2192': '->',
  '≤': '<=',
  '≥': '>=',
};
const charsets = new WeakMap<TextFont, Set<number>>();

/** Text the font can encode: whitespace runs become one space, accents the font lacks are dropped, anything else becomes "?". */
export function printable(text: string, font: TextFont): string {
  let set = charsets.get(font);
  if (!set) charsets.set(font, (set = new Set(font.getCharacterSet())));
  const can = (s: string) => [...s].every((c) => set.has(c.codePointAt(0)!));
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) {
    // "ễ" falls back to "ê", then "e": drop combining marks from the end, one at a time.
    const parts = [...ch.normalize('NFD')];
    const options = [
      ch,
      ...parts.map((_, i) =>
        parts
          .slice(0, parts.length - i)
          .join('')
          .normalize('NFC'),
      ),
      fallbacks[ch] ?? '',
    ];
    out += options.find((o) => o !== '' && can(o)) ?? '?';
  }
  return out;
}

/** Wraps text to lines no wider than `width`; a word too long for a line is broken between characters. */
export function wrapText(text: string, font: TextFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of printable(text, font).split(' ').filter(Boolean)) {
    if (fits(line ? `${line} ${word}` : word)) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(word)) {
      let cut = 1;
      while (cut < word.length && fits(word.slice(0, cut + 1))) cut++;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The largest size from `max` down to `min` at which the text fits in `maxLines`; at `min` extra lines are cut with "…". */
export function fitText(text: string, font: TextFont, o: { max: number; min: number; width: number; maxLines: number }) {
  for (let size = o.max; size > o.min; size -= 1) {
    const lines = wrapText(text, font, size, o.width);
    if (lines.length <= o.maxLines) return { size, lines };
  }
  const lines = wrapText(text, font, o.min, o.width);
  if (lines.length > o.maxLines) {
    lines.length = o.maxLines;
    let last = lines[o.maxLines - 1]!;
    while (last && font.widthOfTextAtSize(`${last}…`, o.min) > o.width) last = last.slice(0, -1);
    lines[o.maxLines - 1] = `${last.trimEnd()}…`;
  }
  return { size: o.min, lines };
}
