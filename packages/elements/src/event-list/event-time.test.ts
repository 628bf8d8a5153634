import { DEMO_IDS, createMemoryBackend } from '@alumni-kit/client/memory-backend';
import type { AlumniEvent } from '@alumni-kit/contract';
import { expect } from '@open-wc/testing';
import { eventTime } from './event-time.ts';

const tokyoEvent = async (): Promise<AlumniEvent> =>
  createMemoryBackend().getEvent({ params: { eventId: DEMO_IDS.events.reunion } }, { locale: 'en' });

/** 19:00 to 21:00 in Tokyo, a Friday. */
const tokyoEventAtTenUtc = async (): Promise<AlumniEvent> => ({
  ...(await tokyoEvent()),
  startsAt: '2026-12-04T10:00:00Z',
  endsAt: '2026-12-04T12:00:00Z',
});

describe('eventTime', () => {
  it("shows only the viewer's time when the event's zone keeps the same clock", async () => {
    const event = await tokyoEvent();
    expect(eventTime(event, 'en', 'Asia/Tokyo').own).to.equal(undefined);
    // Another name, the same offset: nothing to add.
    expect(eventTime(event, 'en', 'Asia/Seoul').own).to.equal(undefined);
  });

  it("adds the event's own time when the viewer's clock differs", async () => {
    const event = await tokyoEventAtTenUtc();
    const { viewer, own } = eventTime(event, 'en', 'Europe/London');
    expect(viewer).to.match(/^Fri, Dec 4, 2026, 10:00\sAM\s–\s12:00\sPM GMT$/);
    expect(own).to.match(/^Fri, Dec 4, 2026, 7:00\s–\s9:00\sPM GMT\+9$/);
  });

  it('writes Japanese dates in Japanese', async () => {
    const event = await tokyoEventAtTenUtc();
    const { viewer, own } = eventTime(event, 'ja', 'America/New_York');
    expect(viewer).to.contain('2026/12/4(金)').and.contain('5時00分').and.contain('GMT-5');
    expect(own).to.contain('19時00分').and.contain('JST');
  });
});
