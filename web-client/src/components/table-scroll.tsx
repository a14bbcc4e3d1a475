import type { ReactNode } from 'react';

// A wide table scrolls inside its box, never the page. The box takes the
// focus so that keyboard users can scroll it too.
export function TableScroll({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={`Tabla: ${label}`}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
