/**
 * The project's closed error vocabulary. Expected failures carry one of these codes all the way
 * to GraphQL clients and CLI users; anything else is INTERNAL and its cause is only logged.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'INTERNAL';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Expected failures that mutations return as typed results rather than as errors. */
export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class ValidationError extends AppError {
  override name = 'ValidationError';
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

export const unavailable = (message: string, cause?: unknown) =>
  new AppError('UNAVAILABLE', message, { cause });
export const validation = (message: string) => new ValidationError(message);
export const notFound = (message: string) => new NotFoundError(message);
export const unauthenticated = (message: string) => new AppError('UNAUTHENTICATED', message);
