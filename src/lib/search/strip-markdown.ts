// Markdown and MDX to plain text for indexing and snippets: one line per block, no syntax left.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Inline syntax: links, images, emphasis, code, tags, escapes. */
export function stripInline(text: string): string {
  // Escaped characters are set aside first, so that `\*` is never read as emphasis.
  return decodeEntities(
    text
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, (_, c: string) => `\uE000${c.charCodeAt(0)}\uE001`)
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[\^[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
      .replace(/<\/?[A-Za-z][^<>]*>/g, '')
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(.*?)~~/g, '$1')
      .replace(/\uE000(\d+)\uE001/g, (_, code: string) => String.fromCharCode(Number(code))),
  )
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const tableDivider = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function stripLine(line: string): string {
  if (tableDivider.test(line)) return '';
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return '';
  let text = line
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '');
  if (/^\s*\|/.test(text)) {
    text = text
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
      .filter(Boolean)
      .join(' – ');
  }
  return stripInline(text);
}

/** Plain text of a Markdown or MDX body: ESM lines, code fences, tables and every inline mark removed. */
export function stripMarkdown(markdown: string): string {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark : null;
      continue;
    }
    if (fence !== null) {
      if (line.trim()) lines.push(line.trim());
      continue;
    }
    if (/^(import|export)\s/.test(line)) continue;
    const text = stripLine(line);
    if (text) lines.push(text);
  }
  return lines.join('\n');
}
