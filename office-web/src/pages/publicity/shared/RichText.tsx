import { safeHtml } from './safeHtml';

/** A body rendered as the public site shows it, through the service's allow-list. */
export function RichText({ html, label }: { html: string | undefined; label: string }) {
  return (
    <section
      className="publicity-rich-text"
      aria-label={label}
      style={{ overflowWrap: 'anywhere' }}
      dangerouslySetInnerHTML={{ __html: safeHtml(html) }}
    />
  );
}
