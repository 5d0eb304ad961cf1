/** Stable error codes: clients and tests key on these, never on messages. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'MFA_REQUIRED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL';

/** The one error type every layer throws; the HTTP layer maps `code` to a status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (): AppError =>
  new AppError('FORBIDDEN', 'You do not have permission to do that');
export const invalid = (field: string, message: string): AppError =>
  new AppError('VALIDATION', message, field);
export const conflict = (field: string, message: string): AppError =>
  new AppError('CONFLICT', message, field);
