// The Noto Sans fonts the PDFs are set in, one family per script, read from the npm packages that ship them.
// Latin (with Vietnamese, Greek, Cyrillic), Arabic, Devanagari and Chinese; a name may mix them.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Weight = 'regular' | 'bold';

export interface FontFamily {
  name: string;
  files: Record<Weight, string>;
  /**
   * Who cuts the font down to the glyphs a document uses: HarfBuzz (hb-subset) before embedding, or pdf-lib while
   * embedding. pdf-lib's own subsetter garbles Noto Sans and CFF fonts; fontkit cannot shape Arabic and Devanagari
   * from HarfBuzz's output. Each family takes the one that prints it correctly (see the certificate tests).
   */
  subsetter: 'harfbuzz' | 'pdf-lib';
  /** Characters of this script go to this family first, even when an earlier one has them (Noto Sans has Devanagari). */
  script?: RegExp;
}

const require = createRequire(import.meta.url);
const packageDir = (name: string, entry = `${name}/package.json`) => {
  const resolved = require.resolve(entry);
  return entry.endsWith('package.json') ? dirname(resolved) : join(dirname(resolved), '..');
};
const expo = (pkg: string, file: string) => (weight: string) =>
  join(packageDir(`@expo-google-fonts/${pkg}`), weight, `${file}_${weight}.ttf`);
const notoSans = expo('noto-sans', 'NotoSans');
const arabic = expo('noto-sans-arabic', 'NotoSansArabic');
const devanagari = expo('noto-sans-devanagari', 'NotoSansDevanagari');
const han = (style: string) => join(packageDir('@embedpdf/fonts-sc', '@embedpdf/fonts-sc'), 'fonts', `NotoSansHans-${style}.otf`);

/** In the order tried for each character: the first family that has it prints it. */
export const fontFamilies: FontFamily[] = [
  { name: 'Noto Sans', files: { regular: notoSans('400Regular'), bold: notoSans('700Bold') }, subsetter: 'harfbuzz' },
  {
    name: 'Noto Sans Arabic',
    files: { regular: arabic('400Regular'), bold: arabic('700Bold') },
    subsetter: 'pdf-lib',
    script: /\p{Script=Arabic}/u,
  },
  {
    name: 'Noto Sans Devanagari',
    files: { regular: devanagari('400Regular'), bold: devanagari('700Bold') },
    subsetter: 'pdf-lib',
    script: /\p{Script=Devanagari}/u,
  },
  { name: 'Noto Sans SC', files: { regular: han('Regular'), bold: han('Bold') }, subsetter: 'harfbuzz', script: /\p{Script=Han}/u },
];

const bytes = new Map<string, Promise<Buffer>>();
/** A font file's bytes, read once per process. */
export function fontBytes(file: string): Promise<Buffer> {
  if (!bytes.has(file)) bytes.set(file, readFile(file));
  return bytes.get(file)!;
}
