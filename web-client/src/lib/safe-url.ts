import { apiBaseUrl } from '../config/env';

const bareHost = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?::\d+)?(?:[/?#]|$)/u;

// Returns an http(s) address to link to, or null when the value must be shown
// as plain text (other schemes such as javascript:, handles like "@ana").
// Published data often omits the scheme ("www.ejemplo.mx"): https is assumed.
export function toSafeHref(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const candidate = withBase(value);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.href
      : null;
  } catch {
    return null;
  }
}

function withBase(value: string): string | null {
  if (/^https?:\/\//i.test(value)) return value;
  if (value.startsWith('/') && !value.startsWith('//')) {
    return `${apiBaseUrl || window.location.origin}${value}`;
  }
  if (bareHost.test(value)) return `https://${value}`;
  return null;
}
