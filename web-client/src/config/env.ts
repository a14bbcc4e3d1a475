// Empty means same origin: the dev and preview servers proxy /api.
const rawBaseUrl = import.meta.env.VITE_API_BASE_URL ?? '';

export const apiBaseUrl = rawBaseUrl.trim().replace(/\/+$/, '');

export const searchPageSize = 25;
