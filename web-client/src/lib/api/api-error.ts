import type { ProblemDetails } from '../../types/api';

export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly problem: ProblemDetails | null;

  constructor(
    kind: ApiErrorKind,
    status: number,
    problem: ProblemDetails | null,
    message?: string,
  ) {
    super(message ?? problem?.title ?? `API error ${status}`);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }

  get isBadRequest(): boolean {
    return this.kind === 'http' && this.status === 400;
  }

  // The query parameters the API rejected; "request" names no parameter.
  get invalidParams(): string[] {
    const errors = this.problem?.errors ?? {};
    return Object.keys(errors).filter((name) => name !== 'request');
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
