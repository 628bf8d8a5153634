import { examples } from '../examples.ts';
import { routes } from '../routes/index.ts';
import { toOpenApiDocument } from './document.ts';
import type { OpenApiDocument } from './types.ts';

/** Where `pnpm --filter @alumni-kit/contract openapi` writes the document. */
export const DOCUMENT_URL = new URL('../../openapi.json', import.meta.url);

/** The document of the whole contract, with its examples. */
export const contractDocument = (): OpenApiDocument => toOpenApiDocument(routes, { examples });

/** The committed file's text: two-space JSON and a final newline. */
export const serializeDocument = (document: OpenApiDocument): string =>
  `${JSON.stringify(document, null, 2)}\n`;
