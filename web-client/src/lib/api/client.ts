import { apiBaseUrl } from '../../config/env';
import type { ProblemDetails } from '../../types/api';
import { ApiError } from './api-error';

export type QueryParams = Record<string, string | number | null | undefined>;

type GetOptions = { params?: QueryParams; signal?: AbortSignal };

export function buildApiUrl(path: string, params: QueryParams = {}): string {
  const base = apiBaseUrl || window.location.origin;
  const url = new URL(`${base}${path}`);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, String(value));
    }
  }
  return url.toString();
}

export async function apiGet<T>(
  path: string,
  { params, signal }: GetOptions = {},
): Promise<T> {
  const response = await send(buildApiUrl(path, params), signal);
  if (!response.ok) {
    throw new ApiError('http', response.status, await readProblem(response));
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError('invalid-response', response.status, null);
  }
}

async function send(url: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, {
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, null, 'Network request failed');
  }
}

async function readProblem(response: Response): Promise<ProblemDetails | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as ProblemDetails;
  } catch {
    return null;
  }
}
