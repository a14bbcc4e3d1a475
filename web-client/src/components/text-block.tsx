import { MissingValue } from './missing-value';

// Free text keeps the line breaks the candidate wrote.
export function TextBlock({ text }: { text: string | null | undefined }) {
  if (!text?.trim()) return <MissingValue />;
  return <p className="free-text">{text}</p>;
}
