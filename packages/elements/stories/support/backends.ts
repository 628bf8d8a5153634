import { AlumniApiError, AlumniNetworkError } from '@alumni-kit/client';
import { createProblem } from '@alumni-kit/contract';

/** A story's loader giving its element a backend (set as the `backend` property). */
export const withBackend =
  (make: () => object | Promise<object>) => async (): Promise<{ backend: object }> => ({
    backend: await make(),
  });

/** The backend with `operation` failing with `error`, before it arrives. */
export const failing = <B extends object>(backend: B, operation: keyof B, error: Error): B => ({
  ...backend,
  [operation]: async () => {
    throw error;
  },
});

/** The backend with `operation` never answering: the element stays loading or sending. */
export const hanging = <B extends object>(backend: B, operation: keyof B): B => ({
  ...backend,
  [operation]: () => new Promise(() => {}),
});

/** What the server answers when it fails. */
export const serverError = () => new AlumniApiError(createProblem({ status: 503, code: 'internal_error' }));

/** What the client throws when the network is down. */
export const networkError = () => new AlumniNetworkError('Failed to fetch');
