// Numbered pagination (the NHS.UK pattern): previous, page numbers with gaps, next. Plain links, so they work without
// JavaScript: Astro pages render it as HTML alone, and an island may take over a click.
import type { MouseEvent } from 'react';
import { pageItems } from '#lib/paging.ts';

interface Props {
  current: number;
  pages: number;
  href: (page: number) => string;
  /** What is paged, for screen readers: "Pages of search results". */
  label: string;
  onSelect?: (page: number, event: MouseEvent<HTMLAnchorElement>) => void;
}

const arrows = {
  left: 'M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z',
  right: 'm14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z',
};

/** The NHS.UK arrow icon beside "Previous" and "Next". */
function Arrow({ direction }: { direction: keyof typeof arrows }) {
  return (
    <svg
      className={`nhsuk-icon nhsuk-icon--arrow-${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path d={arrows[direction]} />
    </svg>
  );
}

export default function PageNumbers({ current, pages, href, label, onSelect }: Props) {
  if (pages <= 1) return null;
  const link = (page: number) => ({ href: href(page), onClick: onSelect && ((e: MouseEvent<HTMLAnchorElement>) => onSelect(page, e)) });
  return (
    <nav className="nhsuk-pagination nhsuk-pagination--numbered" role="navigation" aria-label={label}>
      {current > 1 && (
        <a {...link(current - 1)} className="nhsuk-pagination__previous" rel="prev">
          <Arrow direction="left" />
          <span className="nhsuk-pagination__title">
            Previous<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
        </a>
      )}
      <ul className="nhsuk-pagination__list">
        {pageItems(current, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className="nhsuk-pagination__item nhsuk-pagination__item--ellipsis">
              ⋯
            </li>
          ) : (
            <li key={n} className={`nhsuk-pagination__item${n === current ? ' nhsuk-pagination__item--current' : ''}`}>
              <a {...link(n)} className="nhsuk-pagination__link" aria-label={`Page ${n}`} aria-current={n === current ? 'page' : undefined}>
                {n}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < pages && (
        <a {...link(current + 1)} className="nhsuk-pagination__next" rel="next">
          <span className="nhsuk-pagination__title">
            Next<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
          <Arrow direction="right" />
        </a>
      )}
    </nav>
  );
}
