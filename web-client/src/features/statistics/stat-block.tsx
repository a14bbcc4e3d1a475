import type { ReactNode } from 'react';

type Props = {
  id: string;
  title: string;
  children: ReactNode;
};

// One breakdown: its heading, its chart and, after it, its table.
export function StatBlock({ id, title, children }: Props) {
  const headingId = `stat-${id}`;
  return (
    <section className="stat-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}
