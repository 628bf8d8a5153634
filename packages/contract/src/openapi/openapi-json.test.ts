import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { contractDocument, DOCUMENT_URL, serializeDocument } from './contract-document.ts';

test('the committed openapi.json is the document of the current contract', () => {
  assert.ok(
    readFileSync(DOCUMENT_URL, 'utf8') === serializeDocument(contractDocument()),
    'packages/contract/openapi.json is stale: run `pnpm --filter @alumni-kit/contract openapi`',
  );
});
