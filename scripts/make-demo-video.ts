// Makes a short demo video for one webinar from its own slides and captions, entirely on this machine.
//
//   npm exec -- node scripts/make-demo-video.ts [slug] [--keep]
//
// slug defaults to "integrated-care-project-overview". The script reads
//   content/webinars/<slug>.mdx      frontmatter `slides: [{title, points}]` and `chapters: [{start, title}]`
//   content/transcripts/<slug>.vtt   the captions, with `<v Speaker>` voice tags
// and writes public/webinars/<slug>.webm, or media/members-only/<slug>.webm for a members-only webinar (VP9 video at 640x360, 1 frame a second; Opus speech, mono, 10 kbit/s;
// about 1.1-1.4 MB for 12-15 minutes).
//
// How it is made:
//   - Speech: every caption cue is spoken by espeak-ng (voice tags stripped), with one voice and pitch per speaker.
//     When the speech is longer than its cue, the speaking rate (`-s`) is raised until it fits. Each cue's audio,
//     with espeak's leading and trailing silence trimmed, is placed at the cue's start time in one silent track, so
//     the captions line up with the speech. The track ends at the last cue's end, which is the video's duration.
//   - Pictures: each slide is drawn with ffmpeg `drawtext` (white background, NHS blue #005EB8 title bar, bullet
//     points, footer "Sample content, pending clinical review"). Slides map to chapters in order; a slide is shown
//     from its chapter's start to the next chapter's start (the last one to the end). If there are more slides than
//     chapters, the extra slides share their chapter's time evenly; if fewer, the last slide stays up to the end.
//
// Needs ffmpeg/ffprobe (with libvpx-vp9, libopus and drawtext) and espeak-ng, e.g. `apt-get install ffmpeg espeak-ng`.
// A members-only webinar's video goes outside public/ (anything there can be fetched by anyone): the site serves it
// from /webinars/<slug>/video.webm to those who may watch it (src/lib/webinars/members-video.ts).
// The work happens in a temporary folder, removed at the end unless --keep is given. Re-running overwrites the output.
// Not part of `npm test` or CI. It takes around half a minute for a 12-minute webinar.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseEntryText } from '#lib/content/parse-entry.ts';
import { parseTimestamp, parseWebVtt, type Cue } from '#lib/webinars/webvtt.ts';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const slug = args.find((a) => !a.startsWith('--')) ?? 'integrated-care-project-overview';
const root = resolve(import.meta.dirname, '..');
const mdxPath = join(root, 'content/webinars', `${slug}.mdx`);
const vttPath = join(root, 'content/transcripts', `${slug}.vtt`);

const W = 640;
const H = 360;
const SAMPLE_RATE = 22050; // espeak-ng's output rate
/** Opus bitrate: synthesised speech stays clear at 10 kbit/s (wideband voip), and audio is most of the file. */
const AUDIO_BITRATE = '10k';
const NHS_BLUE = '0x005EB8';
const NHS_DARK_GREY = '0x4C6272';
const NHS_PALE_GREY = '0xD8DDE0';
const NHS_TEXT = '0x212B32';

/** Voices given to speakers in order of first appearance: espeak-ng voice+variant, pitch (0-99) and base rate (wpm). */
const VOICES = [
  { voice: 'en-gb+f3', pitch: 58, rate: 165 },
  { voice: 'en-gb-x-rp+m3', pitch: 38, rate: 165 },
  { voice: 'en-gb-scotland+f2', pitch: 65, rate: 165 },
  { voice: 'en-gb-x-gbclan+m1', pitch: 45, rate: 165 },
];
const MAX_RATE = 450;
/** Silence kept at the end of each cue so that consecutive cues do not run into each other. */
const CUE_GAP = 0.12;

/** How a few abbreviations are spoken; the captions keep the written form. */
const SAY: Array<[RegExp, string]> = [
  [/\bHbA1c\b/g, 'H B A 1 C'],
  [/\bQTc\b/g, 'Q T C'],
  [/\bNEWS2\b/g, 'news 2'],
  [/\bIMPARTS\b/g, 'Imparts'],
  [/\bECGs\b/g, 'E C Gs'],
];

const FONT_REGULAR = pickFont([
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
]);
const FONT_BOLD = pickFont([
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
]);

function pickFont(candidates: string[]): string {
  const found = candidates.find((f) => existsSync(f));
  if (!found) fail(`none of these fonts is installed: ${candidates.join(', ')} (apt-get install fonts-liberation)`);
  return found;
}

function fail(message: string): never {
  console.error(`make-demo-video: ${message}`);
  process.exit(1);
}

function checkTools(): void {
  const missing = ['ffmpeg', 'ffprobe', 'espeak-ng'].filter((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).error);
  if (missing.length > 0) fail(`${missing.join(', ')} not found on PATH. Install with: apt-get install -y ffmpeg espeak-ng`);
  const encoders = spawnSync('ffmpeg', ['-hide_banner', '-encoders'], { encoding: 'utf8' }).stdout;
  const filters = spawnSync('ffmpeg', ['-hide_banner', '-filters'], { encoding: 'utf8' }).stdout;
  for (const need of ['libvpx-vp9', 'libopus']) if (!encoders.includes(need)) fail(`this ffmpeg has no ${need} encoder`);
  if (!/\bdrawtext\b/.test(filters)) fail('this ffmpeg has no drawtext filter (needs libfreetype)');
}

function run(cmd: string, argv: string[]): Promise<void> {
  return new Promise((ok, bad) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', bad);
    child.on('close', (code) => (code === 0 ? ok() : bad(new Error(`${cmd} exited ${code}: ${err.slice(-2000)}`))));
  });
}

async function pool<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

// ---------- speech ----------

/** The 16-bit mono samples of a WAV file written by espeak-ng. */
function wavSamples(buf: Buffer): Int16Array {
  let at = 12;
  while (at + 8 <= buf.length) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      const channels = buf.readUInt16LE(at + 10);
      const rate = buf.readUInt32LE(at + 12);
      const bits = buf.readUInt16LE(at + 22);
      if (channels !== 1 || rate !== SAMPLE_RATE || bits !== 16)
        throw new Error(`unexpected WAV format ${channels}ch ${rate}Hz ${bits}bit`);
    }
    if (id === 'data') {
      const end = Math.min(buf.length, at + 8 + size); // espeak may leave the size unset when streaming
      const bytes = buf.subarray(at + 8, end - ((end - at - 8) % 2));
      return new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('no data chunk in WAV');
}

/** Drops the near-silence espeak puts before and after the speech. */
function trimSilence(s: Int16Array): Int16Array {
  const threshold = 300;
  let a = 0;
  let b = s.length;
  while (a < b && Math.abs(s[a]!) < threshold) a++;
  while (b > a && Math.abs(s[b - 1]!) < threshold) b--;
  const pad = Math.round(0.02 * SAMPLE_RATE);
  return s.subarray(Math.max(0, a - pad), Math.min(s.length, b + pad));
}

interface Spoken {
  samples: Int16Array;
  rate: number;
  truncated: boolean;
}

async function speak(cue: Cue, voice: (typeof VOICES)[number], file: string): Promise<Spoken> {
  let text = cue.text;
  for (const [pattern, said] of SAY) text = text.replace(pattern, said);
  const room = Math.max(0.3, cue.end - cue.start - CUE_GAP);
  let rate = voice.rate;
  for (let attempt = 0; ; attempt++) {
    await run('espeak-ng', ['-v', voice.voice, '-p', String(voice.pitch), '-s', String(rate), '-w', file, '--', text]);
    const samples = trimSilence(wavSamples(await readFile(file)));
    const seconds = samples.length / SAMPLE_RATE;
    if (seconds <= room) return { samples, rate, truncated: false };
    if (rate >= MAX_RATE || attempt >= 6) {
      // Still too long at the fastest rate: cut it at the cue's end with a short fade.
      const cut = samples.slice(0, Math.round(room * SAMPLE_RATE));
      const fade = Math.min(cut.length, Math.round(0.05 * SAMPLE_RATE));
      for (let i = 0; i < fade; i++) cut[cut.length - 1 - i] = Math.round(cut[cut.length - 1 - i]! * (i / fade));
      return { samples: cut, rate, truncated: true };
    }
    rate = Math.min(MAX_RATE, Math.ceil(rate * (seconds / room) * 1.03));
  }
}

function wavFile(samples: Int16Array): Buffer {
  const header = Buffer.alloc(44);
  const bytes = samples.length * 2;
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + bytes, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(bytes, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, bytes)]);
}

// ---------- slides ----------

interface Slide {
  title: string;
  points: string[];
}
interface Chapter {
  start: string;
  title: string;
}

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Escapes a value for a filtergraph option (level 1) inside one filter's argument list. */
function esc(value: string): string {
  return value.replace(/[\\':,;[\]]/g, (c) => `\\${c}`);
}

async function renderSlide(slide: Slide, index: number, count: number, dir: string): Promise<string> {
  const margin = 24;
  const filters: string[] = [];
  let fileNo = 0;
  const textFile = async (text: string) => {
    const f = join(dir, `slide-${index}-text-${fileNo++}.txt`);
    await writeFile(f, text);
    return f;
  };
  const draw = async (
    text: string,
    opts: { x: string | number; y: number; size: number; color: string; bold?: boolean; spacing?: number },
  ) => {
    const f = await textFile(text);
    filters.push(
      `drawtext=fontfile=${esc(opts.bold ? FONT_BOLD : FONT_REGULAR)}:textfile=${esc(f)}:expansion=none` +
        `:x=${opts.x}:y=${opts.y}:fontsize=${opts.size}:fontcolor=${opts.color}:line_spacing=${opts.spacing ?? 0}`,
    );
  };

  // Title bar: one or two lines of 24 px bold white text on NHS blue.
  const titleSize = 24;
  const titleLines = wrap(slide.title, 44);
  const titleSpacing = 6;
  const titleHeight = titleLines.length * titleSize + (titleLines.length - 1) * titleSpacing;
  const barH = Math.max(64, titleHeight + 34);
  filters.push(`drawbox=x=0:y=0:w=${W}:h=${barH}:color=${NHS_BLUE}:t=fill`);
  await draw(titleLines.join('\n'), {
    x: margin,
    y: Math.round((barH - titleHeight) / 2),
    size: titleSize,
    color: 'white',
    bold: true,
    spacing: titleSpacing,
  });

  // Footer.
  const footerTop = H - 34;
  filters.push(`drawbox=x=${margin}:y=${footerTop}:w=${W - 2 * margin}:h=1:color=${NHS_PALE_GREY}:t=fill`);
  await draw('Sample content, pending clinical review', { x: margin, y: footerTop + 11, size: 13, color: NHS_DARK_GREY });
  await draw(`Mind & Body Learning  ·  ${index + 1} / ${count}`, {
    x: `w-tw-${margin}`,
    y: footerTop + 11,
    size: 13,
    color: NHS_DARK_GREY,
  });

  // Bullet points: the largest font size (18 down to 13) at which they fit between the bar and the footer.
  const top = barH + 20;
  const bottom = footerTop - 12;
  let size = 18;
  let layout: string[][] = [];
  for (; size >= 13; size--) {
    const chars = Math.floor((W - margin - 46) / (size * 0.5));
    layout = slide.points.map((p) => wrap(p, chars));
    const lineH = Math.round(size * 1.3);
    const height = layout.reduce((h, lines) => h + lines.length * lineH, 0) + (layout.length - 1) * Math.round(size * 0.7);
    if (top + height <= bottom) break;
  }
  size = Math.max(size, 13);
  const lineH = Math.round(size * 1.3);
  let y = top;
  for (const lines of layout) {
    filters.push(`drawbox=x=${margin + 4}:y=${y + Math.round(size * 0.3)}:w=7:h=7:color=${NHS_BLUE}:t=fill`);
    await draw(lines.join('\n'), { x: margin + 22, y, size, color: NHS_TEXT, spacing: lineH - size });
    y += lines.length * lineH + Math.round(size * 0.7);
  }

  const png = join(dir, `slide-${index}.png`);
  await run('ffmpeg', [
    '-hide_banner',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `color=c=white:s=${W}x${H}`,
    '-vf',
    filters.join(','),
    '-frames:v',
    '1',
    png,
  ]);
  return png;
}

/** [start, end) in seconds for each slide, following the chapters. */
function slideTimes(slideCount: number, chapters: Chapter[], total: number): Array<[number, number]> {
  const starts = chapters.map((c) => parseTimestamp(String(c.start)));
  if (starts.length === 0 || starts.some((s) => !Number.isFinite(s))) return evenly(0, total, slideCount);
  starts[0] = 0;
  const spans = starts.map((s, i): [number, number] => [s, Math.min(total, i + 1 < starts.length ? starts[i + 1]! : total)]);
  if (slideCount <= spans.length) {
    const used = spans.slice(0, slideCount);
    used[used.length - 1]![1] = total;
    return used;
  }
  // More slides than chapters: give each chapter floor(n/c) slides, the first n%c one more, and split its time evenly.
  const base = Math.floor(slideCount / spans.length);
  const extra = slideCount % spans.length;
  return spans.flatMap(([a, b], i) => evenly(a, b, base + (i < extra ? 1 : 0)));
}

function evenly(a: number, b: number, n: number): Array<[number, number]> {
  return Array.from({ length: n }, (_, i) => [a + ((b - a) * i) / n, a + ((b - a) * (i + 1)) / n]);
}

// ---------- main ----------

const began = performance.now();
checkTools();
if (!existsSync(mdxPath)) fail(`no webinar at ${mdxPath}`);
if (!existsSync(vttPath)) fail(`no captions at ${vttPath}`);

const { data } = parseEntryText(await readFile(mdxPath, 'utf8'), '.mdx');
const front = data as { slides?: Slide[]; chapters?: Chapter[]; membersOnly?: boolean };
const outPath = join(root, front.membersOnly ? 'media/members-only' : 'public/webinars', `${slug}.webm`);
await mkdir(dirname(outPath), { recursive: true });
const slides = front.slides ?? [];
if (slides.length === 0) fail(`${mdxPath} has no slides in its frontmatter`);
const cues = parseWebVtt(await readFile(vttPath, 'utf8'));
if (cues.length === 0) fail(`${vttPath} has no cues`);
const total = Math.max(...cues.map((c) => c.end));

const dir = await mkdtemp(join(tmpdir(), 'make-demo-video-'));
try {
  // Speech.
  const speakers = [...new Set(cues.map((c) => c.voice ?? ''))];
  const voiceOf = (c: Cue) => VOICES[speakers.indexOf(c.voice ?? '') % VOICES.length]!;
  const track = new Int16Array(Math.ceil(total * SAMPLE_RATE));
  const spoken: Spoken[] = [];
  await pool(cues, availableParallelism(), async (cue, i) => {
    spoken[i] = await speak(cue, voiceOf(cue), join(dir, `cue-${i}.wav`));
  });
  cues.forEach((cue, i) => {
    const at = Math.round(cue.start * SAMPLE_RATE);
    const { samples } = spoken[i]!;
    for (let j = 0; j < samples.length && at + j < track.length; j++) {
      track[at + j] = Math.max(-32768, Math.min(32767, track[at + j]! + samples[j]!));
    }
  });
  const speechWav = join(dir, 'speech.wav');
  await writeFile(speechWav, wavFile(track));
  const sped = spoken.filter((s, i) => s.rate > voiceOf(cues[i]!).rate).length;
  const cut = spoken.filter((s) => s.truncated).length;
  console.log(
    `Speech: ${cues.length} cues, ${speakers.length} speaker(s) (${speakers.map((s, i) => `${s || 'unnamed'} = ${VOICES[i % VOICES.length]!.voice} pitch ${VOICES[i % VOICES.length]!.pitch}`).join('; ')}); ` +
      `${sped} cue(s) spoken faster to fit (up to ${Math.max(...spoken.map((s) => s.rate))} wpm)${cut ? `; ${cut} cut short at the fastest rate` : ''}.`,
  );

  // Slides.
  const pngs: string[] = [];
  await pool(slides, availableParallelism(), async (slide, i) => {
    pngs[i] = await renderSlide(slide, i, slides.length, dir);
  });
  const times = slideTimes(slides.length, front.chapters ?? [], total);
  const concat = ['ffconcat version 1.0'];
  times.forEach(([a, b], i) => concat.push(`file '${pngs[i]}'`, `duration ${(b - a).toFixed(3)}`));
  concat.push(`file '${pngs[times.length - 1]}'`); // the concat demuxer needs the last file repeated to honour its duration
  const list = join(dir, 'slides.ffconcat');
  await writeFile(list, concat.join('\n') + '\n');
  console.log(
    `Slides: ${times.length} shown (${times.map(([a]) => `${Math.floor(a / 60)}:${String(Math.floor(a % 60)).padStart(2, '0')}`).join(', ')}).`,
  );

  // Encode: stills at 1 frame a second with a keyframe at each slide change and otherwise every 5 minutes (a still
  // costs almost nothing between keyframes, and seeking decodes at most 300 tiny frames).
  await run('ffmpeg', [
    '-hide_banner',
    '-y',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    list,
    '-i',
    speechWav,
    '-map',
    '0:v',
    '-map',
    '1:a',
    '-vf',
    'fps=1,format=yuv420p',
    '-c:v',
    'libvpx-vp9',
    '-b:v',
    '0',
    '-crf',
    '45',
    '-threads',
    '1',
    '-deadline',
    'good',
    '-cpu-used',
    '2',
    '-g',
    '300',
    '-force_key_frames',
    times.map(([a]) => a.toFixed(3)).join(','),
    '-c:a',
    'libopus',
    '-b:a',
    AUDIO_BITRATE,
    '-ac',
    '1',
    '-ar',
    '48000',
    '-application',
    'voip',
    '-t',
    total.toFixed(3),
    '-cues_to_front',
    '1',
    '-metadata',
    `title=${slug} (demo: synthesised speech, sample content)`,
    outPath,
  ]);

  const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', outPath], {
    encoding: 'utf8',
  });
  const duration = Number(probe.stdout.trim());
  const bytes = statSync(outPath).size;
  console.log(`Wrote ${outPath}`);
  console.log(
    `Size ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes); duration ${duration.toFixed(2)} s (last cue ends at ${total.toFixed(2)} s); took ${((performance.now() - began) / 1000).toFixed(1)} s.`,
  );
  if (Math.abs(duration - total) > 1) fail(`duration ${duration} s is more than 1 s from the last cue's end ${total} s`);
  if (bytes > 5 * 1024 * 1024) fail(`output is ${bytes} bytes, over the 5 MB limit`);
} finally {
  if (keep) console.log(`Kept working files in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
