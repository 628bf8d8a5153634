import type { FieldError } from '@alumni-kit/contract';

/** The server answered, but not with what the contract promises; the data is not passed on. */
export class AlumniResponseError extends Error {
  override readonly name = 'AlumniResponseError';
  readonly status: number;
  readonly fieldErrors: readonly FieldError[];

  constructor(status: number, fieldErrors: readonly FieldError[]) {
    const fields = fieldErrors.map((error) => error.path || '(body)').join(', ');
    super(`The server's response does not match the contract at: ${fields}`);
    this.status = status;
    this.fieldErrors = fieldErrors;
  }
}
