import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import {
  antiSpam,
  calendarDate,
  email,
  httpUrl,
  id,
  instant,
  line,
  paragraph,
  personName,
  timeZone,
  uniqueList,
  yearMonth,
} from './primitives.ts';
import { assertInvalid, assertValid } from './test-support/validation.ts';

const SQL = "'; DROP TABLE members;--";
const HTML = '<img src=x onerror=alert(1)>';

describe('personName', () => {
  test('accepts names in any script, unchanged', () => {
    for (const name of [
      '山田 太郎',
      'Zoë Martin',
      'Łukasz Żółkiewski',
      "Seán O'Brien-Núñez",
      'Jürgen 🎸 Weiß',
      'محمد',
    ]) {
      assert.equal(assertValid(personName, name), name);
    }
  });

  test('trims surrounding space and rejects a blank name as required', () => {
    assert.equal(assertValid(personName, '  山田 太郎 \t'), '山田 太郎');
    assertInvalid(personName, '   ', [' required']);
    assertInvalid(personName, undefined, [' required']);
  });

  test('counts characters, not UTF-16 units: 200 fit, 201 do not', () => {
    assertValid(personName, '山'.repeat(200));
    assertValid(personName, '🎉'.repeat(200));
    assertInvalid(personName, '山'.repeat(201), [' too_long']);
    assertInvalid(personName, '🎉'.repeat(201), [' too_long']);
  });

  test('keeps SQL- and HTML-looking text as plain text', () => {
    assert.equal(assertValid(personName, SQL), SQL);
    assert.equal(assertValid(personName, HTML), HTML);
  });

  test('rejects line breaks and control characters', () => {
    for (const char of ['\n', '\r', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b']) {
      assertInvalid(personName, `山田${char}太郎`, [' single_line']);
    }
  });

  test('rejects what is not a string', () => {
    assertInvalid(personName, 42, [' invalid_type']);
    assertInvalid(personName, ['山田'], [' invalid_type']);
  });
});

describe('line and paragraph', () => {
  test('line enforces its own minimum and maximum', () => {
    assertValid(line(5, 2), 'ab');
    assertInvalid(line(5, 2), 'a', [' too_short']);
    assertInvalid(line(5, 2), 'abcdef', [' too_long']);
  });

  test('paragraph keeps line breaks and tabs, trims, and allows empty text', () => {
    assert.equal(
      assertValid(paragraph(100), ' First line\nsecond\r\n\tthird '),
      'First line\nsecond\r\n\tthird',
    );
    assert.equal(assertValid(paragraph(100), ''), '');
    assert.equal(assertValid(paragraph(100), `${SQL}\n${HTML}`), `${SQL}\n${HTML}`);
  });

  test('paragraph rejects control characters and overlong text', () => {
    assertInvalid(paragraph(100), 'ok\u0000', [' control_characters']);
    assertInvalid(paragraph(100), 'bell\u0007', [' control_characters']);
    assertValid(paragraph(10), 'あ'.repeat(10));
    assertInvalid(paragraph(10), 'あ'.repeat(11), [' too_long']);
  });
});

describe('email', () => {
  test('keeps plus-addressing, trims and lower-cases so duplicates match', () => {
    assert.equal(
      assertValid(email, ' Taro.Yamada+Alumni@Example.CO.JP '),
      'taro.yamada+alumni@example.co.jp',
    );
    assert.equal(assertValid(email, 'zoe+events+2026@example.com'), 'zoe+events+2026@example.com');
  });

  test('rejects malformed, hostile and overlong addresses', () => {
    for (const value of [
      'no-at-sign',
      'a@b',
      'a@@example.com',
      'two words@example.com',
      '山田@example.jp',
      '<script>@example.com',
      `${SQL}@example.com`,
      'name@example.com\nBcc: victim@example.com',
    ]) {
      assertInvalid(email, value, [' invalid_email']);
    }
    const local = 'a'.repeat(64);
    const long = `${local}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`;
    assert.equal(long.length, 255);
    assertInvalid(email, long, [' too_long']);
  });
});

describe('httpUrl (profile and role links)', () => {
  test('accepts https and http links to real host names, unchanged', () => {
    for (const url of [
      'https://www.linkedin.com/in/taro-yamada',
      'https://github.com/zoe?tab=repositories#top',
      'https://例え.jp/プロフィール',
      'https://xn--r8jz45g.jp/',
      'http://blog.example.org/about',
    ]) {
      assert.equal(assertValid(httpUrl, url), url);
    }
  });

  test('rejects other schemes, local hosts and IP addresses', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript://example.com/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example.com/cv.pdf',
      'file:///etc/passwd',
      'mailto:taro@example.com',
      'http://localhost',
      'http://localhost:3000/profile',
      'https://127.0.0.1/',
      'http://10.0.0.12/admin',
      'http://0x7f000001/',
      'https://[::1]/',
      '//example.com/relative',
      'www.example.com',
      'https://example.com:99999/',
      HTML,
    ]) {
      assertInvalid(httpUrl, url, [' invalid_url']);
    }
  });

  test('rejects links over 2048 characters', () => {
    const url = `https://example.com/${'a'.repeat(2048 - 20)}`;
    assert.equal(url.length, 2048);
    assertValid(httpUrl, url);
    assertInvalid(httpUrl, `${url}a`, [' too_long']);
  });
});

describe('identifiers, dates and zones', () => {
  test('id: URL-safe characters, 1 to 64', () => {
    assertValid(id, 'evt_tokyo-reunion_2026');
    assertValid(id, 'a'.repeat(64));
    assertInvalid(id, 'a'.repeat(65), [' too_long']);
    assertInvalid(id, '', [' required']);
    for (const value of ['evt/../secret', 'evt 1', 'イベント', SQL])
      assertInvalid(id, value, [' invalid_format']);
  });

  test('instant: requires an explicit offset', () => {
    assertValid(instant, '2026-12-01T18:00:00+09:00');
    assertValid(instant, '2026-12-01T09:00:00Z');
    assertValid(instant, '2026-12-01T09:00:00.250Z');
    for (const value of ['2026-12-01T18:00:00', '2026-12-01', '2026-13-01T00:00:00Z', 'tomorrow']) {
      assertInvalid(instant, value, [' invalid_datetime']);
    }
  });

  test('calendarDate: real dates only', () => {
    assertValid(calendarDate, '2028-02-29');
    for (const value of ['2026-02-29', '2026-4-1', '01/04/2026'])
      assertInvalid(calendarDate, value, [' invalid_date']);
  });

  test('yearMonth: YYYY-MM with a real month', () => {
    assertValid(yearMonth, '2019-04');
    for (const value of ['2019-00', '2019-13', '2019-4', '2019-04-01']) {
      assertInvalid(yearMonth, value, [' invalid_format']);
    }
  });

  test('timeZone: IANA names the runtime knows', () => {
    for (const zone of ['Asia/Tokyo', 'Europe/Warsaw', 'America/Sao_Paulo', 'UTC'])
      assertValid(timeZone, zone);
    for (const zone of ['Mars/Olympus_Mons', '', 'Asia/Tokyo; DROP'])
      assertInvalid(timeZone, zone, [' time_zone']);
  });
});

describe('uniqueList and antiSpam', () => {
  const tags = uniqueList(z.enum(['a', 'b', 'c']), 2);

  test('uniqueList rejects repeats and lists over the maximum', () => {
    assert.deepEqual(assertValid(tags, ['a', 'c']), ['a', 'c']);
    assertInvalid(tags, ['a', 'a'], [' unique']);
    assertInvalid(tags, ['a', 'b', 'c'], [' too_many']);
    assertInvalid(tags, ['d'], ['/0 invalid_value']);
  });

  test('antiSpam is optional, strict and bounded', () => {
    assert.equal(assertValid(antiSpam, undefined), undefined);
    assertValid(antiSpam, { honeypot: '', fillTimeMs: 8_500 });
    assertInvalid(antiSpam, { fillTimeMs: -1 }, ['/fillTimeMs too_small']);
    assertInvalid(antiSpam, { isBot: false }, ['/isBot unknown_field']);
  });
});
