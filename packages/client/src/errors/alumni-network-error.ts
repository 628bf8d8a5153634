/** The request never got an answer: the network failed, or it timed out. */
export class AlumniNetworkError extends Error {
  override readonly name = 'AlumniNetworkError';
  readonly timedOut: boolean;

  constructor(message: string, options: ErrorOptions & { timedOut?: boolean } = {}) {
    super(message, options);
    this.timedOut = options.timedOut ?? false;
  }
}
