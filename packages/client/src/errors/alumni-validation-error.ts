import type { FieldError } from '@alumni-kit/contract';

/** The input was rejected before sending: nothing reached the server. */
export class AlumniValidationError extends Error {
  override readonly name = 'AlumniValidationError';
  readonly fieldErrors: readonly FieldError[];

  constructor(fieldErrors: readonly FieldError[]) {
    super(fieldErrors.map((error) => `${error.path || '(body)'}: ${error.message}`).join('\n'));
    this.fieldErrors = fieldErrors;
  }
}
