const locale = 'es-MX';

const numberFormat = new Intl.NumberFormat(locale);

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatCount(
  count: number,
  singular: string,
  plural: string,
): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

const shareFormat = new Intl.NumberFormat(locale, {
  style: 'percent',
  maximumFractionDigits: 1,
});

// Statistics show one decimal, so small groups do not all read as 0 %.
export function formatShare(share: number): string {
  return shareFormat.format(share);
}

export function formatDateTime(
  iso: string | null | undefined,
  timeZone?: string,
): string | null {
  const date = parseDate(iso);
  if (!date) return null;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: validTimeZone(timeZone),
  }).format(date);
}

// A calendar day ("2024-06-02") has no time zone: show it as written.
export function formatDay(day: string | null | undefined): string | null {
  const date = parseDate(day ? `${day}T12:00:00Z` : null);
  if (!date) return null;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function validTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat(locale, { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}
