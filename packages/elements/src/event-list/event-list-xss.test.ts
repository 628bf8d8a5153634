import type { BackendOf } from '@alumni-kit/client';
import { createMemoryBackend } from '@alumni-kit/client/memory-backend';
import type { AlumniEvent } from '@alumni-kit/contract';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AlumniEventList, EventListRoutes } from './alumni-event-list.ts';
import './define.ts';

/** Each payload, if it ever ran, calls this with its number (written `(N)` in the vectors). */
const fired: number[] = [];
(window as unknown as { xss: (n: number) => void }).xss = (n) => fired.push(n);

/** Well-known ways to run script from markup (OWASP's XSS filter evasion cheat sheet and kin). */
const VECTORS = [
  '<script>xss(N)</script>',
  '<SCRIPT>xss(N)</SCRIPT>',
  '<script src="data:text/javascript,xss(N)"></script>',
  '<img src=x onerror=xss(N)>',
  '<img src="x" onerror="xss(N)">',
  '<IMG SRC=# onmouseover="xss(N)">',
  '<img src=x:x onerror=javascript:xss(N)>',
  '<svg onload=xss(N)>',
  '<svg><script>xss(N)</script></svg>',
  '<svg><animate onbegin=xss(N) attributeName=x dur=1s>',
  '<body onload=xss(N)>',
  '<iframe src="javascript:xss(N)"></iframe>',
  '<iframe srcdoc="<script>parent.xss(N)</script>"></iframe>',
  '<object data="javascript:xss(N)"></object>',
  '<embed src="javascript:xss(N)">',
  '<a href="javascript:xss(N)">click</a>',
  '<a href="jav&#x09;ascript:xss(N)">click</a>',
  '<input autofocus onfocus=xss(N)>',
  '<select autofocus onfocus=xss(N)></select>',
  '<textarea autofocus onfocus=xss(N)></textarea>',
  '<details open ontoggle=xss(N)>',
  '<video><source onerror="xss(N)"></video>',
  '<audio src=x onerror=xss(N)>',
  '<marquee onstart=xss(N)>',
  '<div style="background:url(javascript:xss(N))">',
  '<style>@import "javascript:xss(N)";</style>',
  '<link rel=import href="data:text/html,<script>xss(N)</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:xss(N)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=xss(N)>',
  '<form><button formaction=javascript:xss(N)>x</button></form>',
  '<isindex type=image src=1 onerror=xss(N)>',
  '<base href="javascript:xss(N)//">',
  '<img src=x onerror="&#0000120;&#0000115;&#0000115;(N)">',
  '<scr<script>ipt>xss(N)</scr</script>ipt>',
  '<<script>xss(N);//<</script>',
  '<img """><script>xss(N)</script>">',
  '<noscript><p title="</noscript><img src=x onerror=xss(N)>">',
  '<template><img src=x onerror=xss(N)></template>',
  '${xss(N)}',
  '{{constructor.constructor("xss(N)")()}}',
  'javascript:xss(N)',
];

/** Ways out of the place a value might be pasted into: an attribute, a comment, an element. */
const BREAKOUTS = ['', '">', "'>", '</h3>', '</p>', '-->', '</title>', '</textarea>'];

const PAYLOADS = BREAKOUTS.flatMap((breakout) => VECTORS.map((vector) => breakout + vector)).map(
  (payload, n) => payload.replaceAll('(N)', `(${n})`),
);

describe('<alumni-event-list> against XSS payloads', () => {
  it(`shows ${PAYLOADS.length} payloads in every displayed field as text, and none runs`, async function () {
    // Each payload's dialog is opened in turn, over a list of every payload: slower than the default allows.
    this.timeout(60_000);
    const [model] = (await createMemoryBackend().listEvents({ query: { limit: 1 } }, { locale: 'en' })).items;
    const events = PAYLOADS.map((payload, n): AlumniEvent => ({
      ...(model as AlumniEvent),
      id: `evt_payload_${n}`,
      format: 'in-person',
      title: payload,
      // Odd events show the description: they have no summary.
      ...(n % 2 ? { summary: undefined, description: payload } : { summary: payload }),
      location: { name: payload, city: payload, address: payload },
      policies: [{ id: `pol_${n}`, kind: 'other', title: payload, text: payload, version: payload }],
      callForSpeakers: { open: true, prompt: payload },
      type: 'learning',
      status: 'published',
      endsAt: '2099-01-01T00:00:00Z',
    }));
    const backend: BackendOf<EventListRoutes> = {
      ...createMemoryBackend(),
      listEvents: async () => ({ items: events, nextCursor: null }),
    };
    const list = await fixture<AlumniEventList>(
      html`<alumni-event-list lang="en" .backend=${backend}></alumni-event-list>`,
    );
    await waitUntil(() => list.state === 'ready', 'the payloads did not load');
    await list.updateComplete;
    const root = list.shadowRoot as ShadowRoot;
    const text = (id: string, part: string) =>
      root.querySelector(`[data-event-id="${id}"] [part~="${part}"]`)?.textContent;
    PAYLOADS.forEach((payload, n) => {
      const id = `evt_payload_${n}`;
      expect(text(id, 'event-title'), id).to.equal(payload);
      expect(text(id, 'summary'), id).to.equal(payload);
      expect(text(id, 'location'), id).to.equal(`${payload}, ${payload}`);
    });
    // Nothing a payload could have brought along exists; the only elements are the list's own.
    const foreign =
      'script, img, svg, iframe, object, embed, a, style, link, meta, math, video, audio, input, textarea, details, marquee, template, noscript, base';
    expect(root.querySelectorAll(foreign).length).to.equal(0);

    // The details dialog shows the description, the address and each policy's exact text, as text.
    for (const [n, payload] of PAYLOADS.entries()) {
      const id = `evt_payload_${n}`;
      root.querySelector<HTMLButtonElement>(`[data-event-id="${id}"] [part~="open-dialog"]`)?.click();
      await waitUntil(() => root.querySelector('dialog')?.open, `the dialog of ${id} did not open`);
      const dialog = root.querySelector('dialog') as HTMLDialogElement;
      const inDialog = (part: string) => dialog.querySelector(`[part~="${part}"]`)?.textContent;
      expect(inDialog('dialog-title'), id).to.equal(payload);
      expect(inDialog('description'), id).to.equal(events[n]?.description);
      expect(inDialog('policy-text'), id).to.equal(payload);
      expect(dialog.querySelector(`#policy-pol_${n}`)?.textContent, id).to.equal(payload);
      expect(dialog.textContent, id).to.contain(payload);
      // The form's own inputs aside, nothing a payload could bring is there.
      const form = dialog.querySelector('form');
      const added = [...dialog.querySelectorAll(foreign)].filter((element) => !form?.contains(element));
      expect(added, id).to.deep.equal([]);
      dialog.close();
      await list.updateComplete;
    }
    // Error and load handlers fire on the next turns of the event loop, if ever.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fired).to.deep.equal([]);
  });
});
