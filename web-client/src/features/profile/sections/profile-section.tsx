import { useId, type ReactNode } from 'react';

type Props = { title: string; children: ReactNode };

export function ProfileSection({ title, children }: Props) {
  const headingId = useId();
  return (
    <section className="profile-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
