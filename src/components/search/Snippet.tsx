// A result's snippet: matched words in <mark>, everything else as text. No HTML is ever injected.
import type { Segment } from '#lib/search/types.ts';

export default function Snippet({ segments }: { segments: Segment[] }) {
  return (
    <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  );
}
