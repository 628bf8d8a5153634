import type { BackendOf } from '@alumni-kit/client';
import { createMemoryBackend } from '@alumni-kit/client/memory-backend';
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AlumniSignup, SignupRoutes } from '../../src/signup/alumni-signup.ts';
import '../../src/signup/define.ts';
import { scripted, type Step } from './form.ts';

export type SignupBackend = BackendOf<SignupRoutes>;

/** The values of a valid alumni signup, by control name. */
export const VALID_ALUMNI = { name: 'Ada Lovelace', email: 'ada@example.com', 'consent.accepted': true };

/** The in-memory backend, behind a recorder: each signup is recorded, and the next step of `script` decides it. */
export function recordingBackend(script: Step[] = []) {
  const { run, calls } = scripted(createMemoryBackend().createSignup, script);
  const backend: SignupBackend = { createSignup: run };
  return { backend, calls };
}

export const signupFixture = (template: TemplateResult) => fixture<AlumniSignup>(template);

export const defaultSignup = (backend: SignupBackend, lang = 'en') =>
  signupFixture(
    html`<alumni-signup
      lang=${lang}
      privacy-url="https://example.com/privacy"
      privacy-version="2026-04"
      .backend=${backend}
    ></alumni-signup>`,
  );
