import type { ReactNode } from 'react';
import { MissingValue } from './missing-value';

export function FieldList({ children }: { children: ReactNode }) {
  return <dl className="field-list">{children}</dl>;
}

type FieldProps = { label: string; children?: ReactNode };

// A field with no value says so instead of disappearing.
export function Field({ label, children }: FieldProps) {
  const empty =
    children === null ||
    children === undefined ||
    children === false ||
    children === '' ||
    (Array.isArray(children) && children.length === 0);
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{empty ? <MissingValue /> : children}</dd>
    </div>
  );
}
