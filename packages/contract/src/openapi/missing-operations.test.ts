import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { routes } from '../routes/index.ts';
import { contractDocument } from './contract-document.ts';
import { missingOperations } from './missing-operations.ts';

describe('missingOperations', () => {
  const document = contractDocument();

  test('finds nothing missing in the full document', () => {
    assert.deepEqual(missingOperations(document, routes), []);
  });

  test('names a route whose operation was removed', () => {
    const broken = structuredClone(document);
    delete broken.paths['/v1/events/{eventId}/calendar.ics'];
    assert.deepEqual(missingOperations(broken, routes), ['getEventCalendar']);
  });

  test('names a route documented under another method or operation id', () => {
    const broken = structuredClone(document);
    const preferences = broken.paths['/v1/me/preferences'];
    assert.ok(preferences?.put);
    preferences.post = preferences.put;
    delete preferences.put;
    const me = broken.paths['/v1/me']?.get;
    assert.ok(me);
    me.operationId = 'getCurrentMember';
    assert.deepEqual(missingOperations(broken, routes).sort(), ['getMe', 'updatePreferences']);
  });
});
