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

export const unavailable = (message: string, cause?: unknown) =>
  new AppError('UNAVAILABLE', message, { cause });
export const validation = (message: string) => new AppError('VALIDATION', message);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
