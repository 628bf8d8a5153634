import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeText, foldLine, toICalendar } from './calendar.ts';
import { tokyoReunion } from './test-support/fixtures.ts';

const now = new Date('2026-11-23T09:15:30.123Z');
const octets = (text: string): number => new TextEncoder().encode(text).length;

/** The physical lines of a calendar, and its logical lines once unfolded (RFC 5545 §3.1). */
const physicalLines = (ics: string): string[] => ics.slice(0, -2).split('\r\n');
const unfold = (ics: string): string[] => ics.replaceAll('\r\n ', '').slice(0, -2).split('\r\n');
const property = (ics: string, name: string): string | undefined =>
  unfold(ics)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe('toICalendar', () => {
  const ics = toICalendar(tokyoReunion, {
    now,
    url: 'https://alumni.example.com/events/evt_tokyo_reunion_2026',
  });

  test('writes one published VEVENT with CRLF line ends', () => {
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.equal(ics.replaceAll('\r\n', '').includes('\n'), false);
    assert.deepEqual(unfold(ics).slice(0, 6), [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Alumni Kit//Alumni Kit//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    assert.deepEqual(unfold(ics).slice(-2), ['END:VEVENT', 'END:VCALENDAR']);
  });

  test('identifies the event and gives its times in UTC', () => {
    assert.equal(property(ics, 'UID'), 'evt_tokyo_reunion_2026@alumni-kit');
    assert.equal(property(ics, 'DTSTAMP'), '20261123T091530Z');
    assert.equal(property(ics, 'DTSTART'), '20261204T100000Z');
    assert.equal(property(ics, 'DTEND'), '20261204T123000Z');
    assert.equal(property(ics, 'LAST-MODIFIED'), '20261120T080000Z');
    assert.equal(property(ics, 'STATUS'), 'CONFIRMED');
  });

  test('escapes text and writes the location and URL', () => {
    assert.equal(property(ics, 'SUMMARY'), '東京 Alumni Reunion 2026');
    assert.equal(
      property(ics, 'DESCRIPTION'),
      'Join us at the Shibuya office.\\nDoors open at 18:30\\; talks start at 19:00.',
    );
    assert.equal(property(ics, 'LOCATION'), 'Shibuya Office\\, 12F\\, 2-24-12 Shibuya\\, Tokyo\\, Japan');
    assert.equal(property(ics, 'URL'), 'https://alumni.example.com/events/evt_tokyo_reunion_2026');
  });

  test('marks a cancelled event and takes a custom product id', () => {
    const cancelled = toICalendar(
      { ...tokyoReunion, status: 'cancelled' },
      { now, productId: '-//Example, Inc.//Alumni//EN' },
    );
    assert.equal(property(cancelled, 'STATUS'), 'CANCELLED');
    assert.equal(property(cancelled, 'PRODID'), '-//Example\\, Inc.//Alumni//EN');
    assert.equal(property(cancelled, 'URL'), undefined);
  });

  test('says "Online" for virtual events without a place, and nothing for in-person ones without one', () => {
    const online = toICalendar({ ...tokyoReunion, format: 'virtual', location: undefined }, { now });
    assert.equal(property(online, 'LOCATION'), 'Online');
    const unplaced = toICalendar({ ...tokyoReunion, format: 'in-person', location: undefined }, { now });
    assert.equal(property(unplaced, 'LOCATION'), undefined);
    const nameOnly = toICalendar({ ...tokyoReunion, location: { name: 'Osaka Office' } }, { now });
    assert.equal(property(nameOnly, 'LOCATION'), 'Osaka Office');
  });

  test('hostile text cannot add properties or components', () => {
    const hostile = toICalendar(
      {
        ...tokyoReunion,
        title: 'Party; ATTENDEE:mailto:x@example.com, <script>alert(1)</script>',
        description: 'Line one\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil\rDTSTART:19700101T000000Z\\n',
      },
      { now, url: 'https://example.com/a\r\nATTACH:https://evil.example.com/x b' },
    );
    const names = unfold(hostile).map((line) => line.split(/[:;]/, 1)[0]);
    assert.deepEqual(
      names.filter((name) => name === 'BEGIN' || name === 'END' || name === 'UID' || name === 'ATTACH'),
      ['BEGIN', 'BEGIN', 'UID', 'END', 'END'],
    );
    assert.equal(
      property(hostile, 'SUMMARY'),
      'Party\\; ATTENDEE:mailto:x@example.com\\, <script>alert(1)</script>',
    );
    assert.equal(
      property(hostile, 'DESCRIPTION'),
      'Line one\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil\\nDTSTART:19700101T000000Z\\\\n',
    );
    assert.equal(property(hostile, 'URL'), 'https://example.com/aATTACH:https://evil.example.com/x%20b');
  });

  test('rejects a URL option that is not absolute', () => {
    assert.throws(() => toICalendar(tokyoReunion, { now, url: '/events/1' }), TypeError);
  });

  test('uses the current time for DTSTAMP by default', () => {
    const before = Date.now();
    const stamp = property(toICalendar(tokyoReunion), 'DTSTAMP') ?? '';
    const parsed = Date.parse(
      stamp.replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, '$1-$2-$3T$4:$5:$6Z'),
    );
    assert.ok(parsed >= Math.floor(before / 1000) * 1000 && parsed <= Date.now());
  });

  test('folds long Japanese text at 75 octets without splitting a character', () => {
    const description =
      '東京オフィスでの同窓会です。懐かしい仲間と再会し、最新のプロダクトについて語り合いましょう。'.repeat(
        4,
      );
    const folded = toICalendar({ ...tokyoReunion, description }, { now });
    for (const line of physicalLines(folded)) {
      assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
      assert.equal(line.includes('\uFFFD'), false);
    }
    assert.equal(property(folded, 'DESCRIPTION'), description);
  });
});

describe('foldLine', () => {
  test('leaves a line of 75 octets alone and folds the 76th onto a continuation', () => {
    assert.equal(foldLine('a'.repeat(75)), 'a'.repeat(75));
    assert.equal(foldLine('a'.repeat(76)), `${'a'.repeat(75)}\r\n a`);
    assert.equal(foldLine('a'.repeat(75 + 74 + 1)), `${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
  });

  test('moves a multi-byte character that would cross the limit to the next line', () => {
    // 74 ASCII octets + a 3-octet character would make 77: the character starts the next line.
    assert.equal(foldLine(`${'a'.repeat(74)}東京`), `${'a'.repeat(74)}\r\n 東京`);
    // Emoji are 4 octets and two UTF-16 units; they stay whole.
    const folded = foldLine(`SUMMARY:${'🎉'.repeat(40)}`);
    for (const line of folded.split('\r\n')) {
      assert.ok(octets(line) <= 75);
      assert.doesNotMatch(line, /\p{Surrogate}/u);
    }
    assert.equal(folded.replaceAll('\r\n ', ''), `SUMMARY:${'🎉'.repeat(40)}`);
  });
});

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and every kind of line break', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
    assert.equal(escapeText('山田 太郎: <b>hi</b>'), '山田 太郎: <b>hi</b>');
  });
});
