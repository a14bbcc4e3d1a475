import type { ReactNode } from 'react';
import { MissingValue } from './missing-value';

type Props<T> = {
  items: readonly T[];
  render?: (item: T) => ReactNode;
};

export function PlainList<T>({ items, render }: Props<T>) {
  if (items.length === 0) return <MissingValue />;
  return (
    <ul className="plain-list">
      {items.map((item, index) => (
        <li key={index}>{render ? render(item) : String(item)}</li>
      ))}
    </ul>
  );
}
