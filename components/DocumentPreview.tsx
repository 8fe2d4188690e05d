import { useEffect, useRef } from 'preact/hooks';

import type { Translate } from '@/lib/i18n/messages';

export interface PreviewPage {
  url: string;
  /** The page's size in the units of the regions (image pixels, PDF points). */
  width: number;
  height: number;
}

export interface PreviewRegion {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The files as read, page after page, with the quoted region outlined: the document version of
 * "show on page". Sizes are percentages of each page, so the outline follows any display width.
 */
export function DocumentPreview({
  pages,
  highlight,
  t,
}: {
  pages: PreviewPage[];
  highlight: PreviewRegion | null;
  t: Translate;
}) {
  const marked = useRef<HTMLDivElement>(null);
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlight]);
  return (
    // Scrolls on its own beside the report: focusable, so the keyboard can scroll it too.
    <section class="doc-preview" aria-label={t('filesPreview')} tabIndex={0}>
      {pages.map((p, i) => (
        <div class="doc-page" key={p.url}>
          <img src={p.url} alt={`${t('filesPreview')} ${String(i + 1)}`} />
          {highlight?.page === i && (
            <div
              ref={marked}
              class="doc-highlight"
              data-testid="doc-highlight"
              style={{
                left: `${String((highlight.x / p.width) * 100)}%`,
                top: `${String((highlight.y / p.height) * 100)}%`,
                width: `${String((highlight.width / p.width) * 100)}%`,
                height: `${String((highlight.height / p.height) * 100)}%`,
              }}
            />
          )}
        </div>
      ))}
    </section>
  );
}
