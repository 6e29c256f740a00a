// Splits a Markdown body into its `## ` sections, each with the heading id Astro gives it.
import GithubSlugger from 'github-slugger';
import { stripInline } from './strip-markdown.ts';

export interface MarkdownSection {
  /** Plain text of the `## ` heading; undefined for the text before the first one. */
  heading?: string;
  /** The id Astro renders on the heading, for a `#slug` link; undefined for the opening text. */
  slug?: string;
  /** The Markdown of the section, including any `###` subsections, without its heading line. */
  body: string;
}

const atxHeading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Astro slugs every heading of a page, in order, with one github-slugger (so a repeated heading gets `-1`), from the
 * heading's text content. We do the same, so `#slug` links land on the rendered headings.
 */
export function splitSections(markdown: string): MarkdownSection[] {
  const slugger = new GithubSlugger();
  const sections: MarkdownSection[] = [];
  let current: MarkdownSection = { body: '' };
  const lines: string[] = [];
  let fence: string | null = null;

  const close = () => {
    current.body = lines.join('\n').trim();
    if (current.heading !== undefined || current.body) sections.push(current);
    lines.length = 0;
  };

  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) fence = fence === null ? fenceMark : null;
    const heading = fence === null ? atxHeading.exec(line) : null;
    if (heading) {
      const text = stripInline(heading[2]!);
      const slug = slugger.slug(text);
      if (heading[1]!.length === 2) {
        close();
        current = { heading: text, slug, body: '' };
        continue;
      }
    }
    lines.push(line);
  }
  close();
  return sections;
}
