export { toOpenApiDocument, type OpenApiOptions } from './document.ts';
export { contractDocument, serializeDocument } from './contract-document.ts';
export { missingOperations } from './missing-operations.ts';
export { PROBLEM_STATUS } from '../problem.ts';
export { problemCodes } from './problem-responses.ts';
export type * from './types.ts';
