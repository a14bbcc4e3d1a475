export const missingText = 'Sin información capturada';

export function MissingValue() {
  return <span className="missing">{missingText}</span>;
}
