import type { ReactNode } from 'react';
import { toSafeHref } from '../lib/safe-url';

type Props = { href: string | null | undefined; children?: ReactNode };

// Anything that is not an http(s) address is shown as text, never as a link.
export function ExternalLink({ href, children }: Props) {
  const safe = toSafeHref(href);
  const content = children ?? href;
  if (!safe) return <span className="breakable">{content}</span>;
  return (
    <a
      className="breakable"
      href={safe}
      target="_blank"
      rel="noopener noreferrer"
    >
      {content}
      <span className="visually-hidden"> (se abre en otra pestaña)</span>
    </a>
  );
}
