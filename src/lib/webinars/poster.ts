// A webinar's poster: a 16:9 title card (series, title, speakers) shown in the player before the video plays.

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Words wrapped into lines of at most `width` characters, at most `lines` lines (the last ends in "…" if cut). */
export function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length > lines) return [...out.slice(0, lines - 1), `${out[lines - 1]}…`];
  return out;
}

export function posterSvg({ series, title, speakers }: { series: string; title: string; speakers: string[] }): string {
  const titleLines = wrap(title, 34, 3);
  const text = (x: number, y: number, size: number, weight: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 720" width="1280" height="720" font-family="Frutiger W01, Arial, Helvetica, sans-serif">',
    '<rect width="1280" height="720" fill="#005eb8"/>',
    '<rect y="640" width="1280" height="80" fill="#003087"/>',
    text(80, 140, 34, 400, '#ffffff', series),
    ...titleLines.map((line, i) => text(80, 250 + i * 78, 64, 700, '#ffffff', line)),
    text(80, 690, 30, 400, '#ffffff', wrap(speakers.join(', '), 70, 1)[0] ?? ''),
    '<circle cx="1160" cy="560" r="52" fill="#ffffff"/><path d="M1142 530 L1142 590 L1192 560 Z" fill="#005eb8"/>',
    '</svg>',
  ].join('');
}
