// A typeface for PDF text in any script the partnership's staff write their names in: each run of text is set in the
// first Noto Sans family that has its characters, and only the families a document uses are embedded, cut down to
// the glyphs it uses so a certificate stays small. Characters no family has print as "?".
import 'regenerator-runtime/runtime.js'; // @pdf-lib/fontkit's Indic shaper (Devanagari) expects it as a global
import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { fontBytes, fontFamilies, type FontFamily, type Weight } from './fonts.ts';
import { printable } from './text.ts';

/** Printed in every document whatever the text: ASCII, Latin-1 and the typographic marks the PDFs use. */
const always = `${Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')}${Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)).join('')}‘’“”–—…•·→`;

export interface Typeface {
  widthOfTextAtSize(text: string, size: number): number;
  getCharacterSet(): number[];
  draw(page: PDFPage, text: string, options: { x: number; y: number; size: number; color: Color }): void;
}

const coverage = new Map<string, Promise<Set<number>>>();
function covers(file: string): Promise<Set<number>> {
  if (!coverage.has(file))
    coverage.set(
      file,
      fontBytes(file).then((b) => new Set(fontkit.create(b).characterSet)),
    );
  return coverage.get(file)!;
}

/** Which family sets each character: combining marks and spaces stay with the character before them. */
async function familyOf(texts: string[]): Promise<Map<string, Set<string>>> {
  const used = new Map<string, Set<string>>();
  for (const ch of new Set([...texts.join('')].filter((c) => !/\s|\p{M}/u.test(c)))) {
    const own = fontFamilies.filter((f) => f.script?.test(ch));
    for (const family of own.length ? own : fontFamilies) {
      if (!(await covers(family.files.regular)).has(ch.codePointAt(0)!)) continue;
      if (!used.has(family.name)) used.set(family.name, new Set());
      used.get(family.name)!.add(ch);
      break;
    }
  }
  return used;
}

/** Embeds the families `texts` need (Latin always) in both weights; only these texts can be drawn besides ASCII/Latin-1. */
export async function embedTypefaces(pdf: PDFDocument, texts: string[]): Promise<Record<Weight, Typeface>> {
  pdf.registerFontkit(fontkit);
  const used = await familyOf([always, ...texts]);
  const marks = [...new Set(texts.join('').normalize('NFC'))].filter((c) => /\p{M}/u.test(c)).join('');
  const embed = async (weight: Weight) => {
    const fonts: Embedded[] = [];
    for (const family of fontFamilies) {
      const chars = used.get(family.name);
      if (!chars) continue;
      const file = family.files[weight];
      const source = await fontBytes(file);
      if (family.subsetter === 'harfbuzz') {
        // No ligatures: pdf-lib maps a ligature glyph back to the wrong text (copying "fi" would paste "×").
        const font = await pdf.embedFont(await subsetFont(source, [...chars].join('') + marks + ' ', { targetFormat: 'truetype' }), {
          features: { liga: false, ccmp: false },
        });
        fonts.push({ family, font, chars: new Set(font.getCharacterSet()) });
      } else {
        fonts.push({ family, font: await pdf.embedFont(source, { subset: true }), chars: await covers(file) });
      }
    }
    return typeface(fonts);
  };
  return { regular: await embed('regular'), bold: await embed('bold') };
}

/** An embedded font and the characters it can print (a font pdf-lib subsets knows only those drawn so far). */
interface Embedded {
  family: FontFamily;
  font: PDFFont;
  chars: Set<number>;
}

function typeface(embedded: Embedded[]): Typeface {
  const fonts = embedded.map((e) => e.font);
  const sets = embedded.map((e) => e.chars);
  const all = [...new Set(sets.flatMap((s) => [...s]))];
  /** Splits printable text into runs of one font each. */
  const runs = (text: string) => {
    const out: { font: PDFFont; text: string }[] = [];
    for (const ch of printable(text, self)) {
      const cp = ch.codePointAt(0)!;
      const i =
        /\s|\p{M}/u.test(ch) && out.length
          ? fonts.indexOf(out.at(-1)!.font)
          : Math.max(
              embedded.findIndex((e) => e.family.script?.test(ch) && e.chars.has(cp)),
              sets.findIndex((s) => s.has(cp)),
              0,
            );
      if (out.at(-1)?.font === fonts[i]) out.at(-1)!.text += ch;
      else out.push({ font: fonts[i]!, text: ch });
    }
    return out;
  };
  const self: Typeface = {
    getCharacterSet: () => all,
    widthOfTextAtSize: (text, size) => runs(text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0),
    draw(page, text, { x, y, size, color }) {
      for (const run of runs(text)) {
        page.drawText(run.text, { x, y, size, font: run.font, color });
        x += run.font.widthOfTextAtSize(run.text, size);
      }
    },
  };
  return self;
}
