import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileErrors, validate as validateOpenApi } from '@readme/openapi-parser';
import * as z from 'zod/mini';
import { id, line } from '../primitives.ts';
import { defineRoute } from '../route.ts';
import { Preferences } from '../schemas/preferences.ts';
import { toOpenApiDocument } from './document.ts';

/** An admin route with schemas of its own: a body that is also the response and nests a split schema. */
const Note = z.strictObject({ text: line(100), preferences: Preferences });
const table = {
  archiveNote: defineRoute({
    method: 'POST',
    path: '/v1/admin/notes/{noteId}/archive',
    auth: 'admin',
    summary: 'Archive a note',
    tags: ['admin'],
    params: z.strictObject({ noteId: id }),
    body: Note,
    status: 200,
    responseKind: 'json',
    response: Note,
    idempotent: true,
  }),
};
const document = toOpenApiDocument(table, { title: 'Admin API', version: '2.0.0' });

describe('toOpenApiDocument on another route table', () => {
  test('is valid OpenAPI 3.1 and uses the given title and version', async () => {
    const result = await validateOpenApi(structuredClone(document) as never);
    assert.ok(result.valid, result.valid ? '' : compileErrors(result));
    assert.deepEqual([document.info.title, document.info.version], ['Admin API', '2.0.0']);
  });

  test('an admin route takes the secret key', () => {
    assert.deepEqual(document.paths['/v1/admin/notes/{noteId}/archive']?.post?.security, [{ secretKey: [] }]);
  });

  test("a route's unexported schemas are named after the operation, split when they nest a split schema", () => {
    const operation = document.paths['/v1/admin/notes/{noteId}/archive']?.post;
    assert.deepEqual(operation?.requestBody?.content['application/json']?.schema, {
      $ref: '#/components/schemas/ArchiveNoteBodyInput',
    });
    assert.deepEqual(operation?.responses['200']?.content?.['application/json']?.schema, {
      $ref: '#/components/schemas/ArchiveNoteBody',
    });
    const { schemas } = document.components;
    assert.deepEqual(schemas['ArchiveNoteBodyInput']?.properties?.['preferences'], {
      $ref: '#/components/schemas/PreferencesInput',
    });
    assert.deepEqual(schemas['ArchiveNoteBody']?.properties?.['preferences'], {
      $ref: '#/components/schemas/Preferences',
    });
  });

  test('components hold only what the operations reach, sorted by name', () => {
    const names = Object.keys(document.components.schemas);
    assert.deepEqual(names, [
      'ArchiveNoteBody',
      'ArchiveNoteBodyInput',
      'Cadence',
      'FieldError',
      'Id',
      'Preferences',
      'PreferencesInput',
      'Problem',
      'Topic',
    ]);
  });
});
