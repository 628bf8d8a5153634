import type { AlumniEvent } from '@alumni-kit/contract';
import { expect, waitUntil } from '@open-wc/testing';
import {
  calendarFileName,
  googleCalendarUrl,
  outlookCalendarUrl,
  saveCalendarFile,
} from './calendar-links.ts';

/** 19:00 to 21:30 in Tokyo, written with Tokyo's offset. */
const reunion: AlumniEvent = {
  id: 'evt_reunion',
  title: 'Alumni Reunion 2026',
  description: 'Dinner with former colleagues.',
  type: 'reunion',
  format: 'in-person',
  status: 'published',
  startsAt: '2026-12-04T19:00:00+09:00',
  endsAt: '2026-12-04T21:30:00+09:00',
  timeZone: 'Asia/Tokyo',
  location: { name: 'Hotel Okura', address: '2-10-4 Toranomon', city: 'Minato-ku', country: 'Japan' },
  capacity: 120,
  seatsLeft: 14,
  waitlist: { enabled: true, count: 0 },
  policies: [],
  updatedAt: '2026-11-01T09:00:00Z',
};

/** 09:00 to 10:00 UTC, online: no location even when one is filled in. */
const webinar: AlumniEvent = {
  ...reunion,
  id: 'evt_webinar',
  title: 'Boomerang stories',
  summary: 'Three alumni on coming back.',
  type: 'learning',
  format: 'virtual',
  startsAt: '2026-06-10T09:00:00Z',
  endsAt: '2026-06-10T10:00:00.000Z',
  timeZone: 'Europe/London',
  location: { name: 'Online' },
};

const PAGE = 'https://careers.example.com/alumni/events?id=evt_reunion';
const MEETING = 'https://meet.example.com/j/123?pwd=a+b';

describe('googleCalendarUrl', () => {
  it('fills in an in-person event, its times in UTC and shown in its own zone', () => {
    expect(googleCalendarUrl(reunion, { details: PAGE })).to.equal(
      'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Alumni%20Reunion%202026' +
        '&dates=20261204T100000Z%2F20261204T123000Z' +
        '&details=Dinner%20with%20former%20colleagues.%0A%0A' +
        'https%3A%2F%2Fcareers.example.com%2Falumni%2Fevents%3Fid%3Devt_reunion' +
        '&location=Hotel%20Okura%2C%202-10-4%20Toranomon%2C%20Minato-ku%2C%20Japan&ctz=Asia%2FTokyo',
    );
  });

  it('leaves the location out of a virtual event and puts its link in the details', () => {
    expect(googleCalendarUrl(webinar, { details: MEETING })).to.equal(
      'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Boomerang%20stories' +
        '&dates=20260610T090000Z%2F20260610T100000Z' +
        '&details=Three%20alumni%20on%20coming%20back.%0A%0Ahttps%3A%2F%2Fmeet.example.com%2Fj%2F123%3Fpwd%3Da%2Bb' +
        '&ctz=Europe%2FLondon',
    );
  });
});

describe('outlookCalendarUrl', () => {
  it('fills in an in-person event with its times in UTC', () => {
    expect(outlookCalendarUrl(reunion, { details: PAGE })).to.equal(
      'https://outlook.live.com/calendar/0/action/compose?rru=addevent&subject=Alumni%20Reunion%202026' +
        '&startdt=2026-12-04T10%3A00%3A00Z&enddt=2026-12-04T12%3A30%3A00Z' +
        '&body=Dinner%20with%20former%20colleagues.%3Cbr%3E%3Cbr%3E' +
        'https%3A%2F%2Fcareers.example.com%2Falumni%2Fevents%3Fid%3Devt_reunion' +
        '&location=Hotel%20Okura%2C%202-10-4%20Toranomon%2C%20Minato-ku%2C%20Japan',
    );
  });

  it('leaves the location out of a virtual event', () => {
    expect(outlookCalendarUrl(webinar)).to.equal(
      'https://outlook.live.com/calendar/0/action/compose?rru=addevent&subject=Boomerang%20stories' +
        '&startdt=2026-06-10T09%3A00%3A00Z&enddt=2026-06-10T10%3A00%3A00Z' +
        '&body=Three%20alumni%20on%20coming%20back.',
    );
  });
});

describe('calendar links with awkward text', () => {
  const awkward: AlumniEvent = {
    ...reunion,
    title: 'Q&A #3: 100% C++ & 同窓会',
    description: 'Line one & <two>\r\nLine 三 #hash %25 a+b\n\nThe end',
    format: 'hybrid',
    location: { name: 'Bar & Grill #2', city: '東京' },
  };

  it('keeps every character through Google’s query string', () => {
    const params = new URL(googleCalendarUrl(awkward, { details: MEETING })).searchParams;
    expect(params.get('text')).to.equal(awkward.title);
    expect(params.get('details')).to.equal(`${awkward.description}\n\n${MEETING}`);
    expect(params.get('location')).to.equal('Bar & Grill #2, 東京');
  });

  it('keeps every character through Outlook’s query string, the body written as HTML', () => {
    const params = new URL(outlookCalendarUrl(awkward, { details: MEETING })).searchParams;
    expect(params.get('subject')).to.equal(awkward.title);
    expect(params.get('body')).to.equal(
      `Line one &amp; &lt;two><br>Line 三 #hash %25 a+b<br><br>The end<br><br>${MEETING}`,
    );
    expect(params.get('location')).to.equal('Bar & Grill #2, 東京');
  });

  it('writes spaces as %20, never +, which Outlook would show', () => {
    const url = outlookCalendarUrl(awkward, { details: MEETING });
    expect(url).not.to.contain('+');
    expect(url).to.contain('subject=Q%26A%20%233%3A%20100%25%20C%2B%2B%20%26%20');
  });

  it('prefers the summary, and clips a description past 500 characters to 499 and an ellipsis', () => {
    const details = (event: AlumniEvent) => new URL(googleCalendarUrl(event)).searchParams.get('details');
    const described = (description: string) => details({ ...reunion, description });
    expect(described('あ'.repeat(500))).to.equal('あ'.repeat(500));
    expect(described('あ\n'.repeat(300))).to.equal(`${'あ\n'.repeat(249)}あ…`);
    // 𠮷 takes two UTF-16 units: a cut between them would leave half a character.
    expect(described('𠮷'.repeat(501))).to.equal(`${'𠮷'.repeat(499)}…`);
    expect(details({ ...reunion, description: 'あ'.repeat(600), summary: 'Short.' })).to.equal('Short.');
  });
});

describe('calendarFileName', () => {
  const named = (title: string) => calendarFileName({ ...reunion, title });

  it("writes the title's words in lower case, joined by hyphens", () => {
    expect(named('Alumni Reunion 2026')).to.equal('alumni-reunion-2026.ics');
    expect(named('  Q&A: "What\'s next?" / Tokyo  ')).to.equal('q-a-what-s-next-tokyo.ics');
    expect(named('Café Crème')).to.equal('café-crème.ics');
  });

  it('keeps Japanese, with full-width letters and digits made ordinary', () => {
    expect(named('東京 同窓会 ２０２６！')).to.equal('東京-同窓会-2026.ics');
    expect(named('ＡＢＣ（勉強会）')).to.equal('abc-勉強会.ics');
  });

  it('falls back to event.ics when nothing is left', () => {
    expect(named('🎉 !!! 🎉')).to.equal('event.ics');
  });

  it('stops at 60 characters, never inside one', () => {
    expect(named('a'.repeat(70))).to.equal(`${'a'.repeat(60)}.ics`);
    // 𠮷 takes two UTF-16 units; a cut between them would leave half a character.
    expect(named('𠮷'.repeat(70))).to.equal(`${'𠮷'.repeat(60)}.ics`);
    expect(named(`${'b'.repeat(59)} c`)).to.equal(`${'b'.repeat(59)}.ics`);
  });
});

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:同窓会\r\nEND:VCALENDAR\r\n';

interface Timer {
  run: () => void;
  delay: number | undefined;
}

/** Calls `save`, holding back the timers it sets instead of starting them. */
function holdingTimers(save: () => void): Timer[] {
  const timers: Timer[] = [];
  const setTimeoutBefore = globalThis.setTimeout;
  globalThis.setTimeout = ((run: () => void, delay?: number) => {
    timers.push({ run, delay });
    return 0;
  }) as typeof setTimeout;
  try {
    save();
  } finally {
    globalThis.setTimeout = setTimeoutBefore;
  }
  return timers;
}

describe('saveCalendarFile', () => {
  it('clicks a temporary download link to a blob of the calendar text, then revokes it', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const onClick = (event: Event) => {
      const anchor = event.target as HTMLAnchorElement;
      clicked.push(anchor);
      expect(anchor.isConnected).to.equal(true);
      // Keeps the file off the disk; the CSP test below lets the click's default action run.
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    let timers: Timer[];
    try {
      timers = holdingTimers(() => saveCalendarFile(ICS, 'alumni-reunion-2026.ics'));
    } finally {
      document.removeEventListener('click', onClick);
    }

    expect(clicked).to.have.length(1);
    const [anchor] = clicked as [HTMLAnchorElement];
    expect(anchor.download).to.equal('alumni-reunion-2026.ics');
    expect(anchor.href).to.match(/^blob:/);
    expect(anchor.isConnected).to.equal(false);

    const blob = await (await fetch(anchor.href)).blob();
    expect(blob.type).to.equal('text/calendar;charset=utf-8');
    expect(await blob.text()).to.equal(ICS);

    expect(timers).to.have.length(1);
    const [revoke] = timers as [Timer];
    expect(revoke.delay).to.be.at.least(1000);
    revoke.run();
    const afterRevoking = await fetch(anchor.href).then(
      () => 'read',
      (error: unknown) => error,
    );
    expect(afterRevoking).to.be.instanceOf(TypeError);
  });

  it('downloads on a host page whose CSP forbids inline script and requires Trusted Types', async () => {
    const frame = document.createElement('iframe');
    // The click's default action runs; without `allow-downloads` Chromium then declines to save
    // the file, so the test leaves nothing in the Downloads folder.
    frame.sandbox.add('allow-same-origin', 'allow-scripts');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; require-trusted-types-for 'script'"><body></body>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const host = frame.contentDocument as Document;
    const violations: string[] = [];
    host.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const clicks: boolean[] = [];
    host.addEventListener('click', (event) => clicks.push(event.defaultPrevented));

    try {
      const [revoke] = holdingTimers(() => saveCalendarFile(ICS, 'alumni-reunion-2026.ics', host)) as [Timer];
      // Proof that the policy is in force and reported: a javascript: link is refused.
      const control = Object.assign(host.createElement('a'), { href: 'javascript:void 0' });
      host.body.append(control);
      control.click();
      await waitUntil(() => violations.length > 0, 'the javascript: link was not reported');

      expect(clicks).to.deep.equal([false, false]);
      expect(violations).to.deep.equal(['script-src-elem']);
      expect(host.querySelector('a[download]')).to.equal(null);
      revoke.run();
    } finally {
      frame.remove();
    }
  });
});
