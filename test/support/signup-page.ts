export interface SignupPageOptions {
  lang: 'en' | 'ja';
  apiBase: string;
  publishableKey: string;
}

const HEADINGS = { en: 'Acme careers: alumni', ja: 'Acme 採用サイト: アルムナイ' };

/**
 * A career site's page as its web team writes it: one script tag for the built element and
 * `<alumni-signup>` configured by attributes, nothing inline.
 */
export const signupPage = ({ lang, apiBase, publishableKey }: SignupPageOptions): string => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>${HEADINGS[lang]}</title>
    <script type="module" src="/signup.js"></script>
  </head>
  <body>
    <main>
      <h1>${HEADINGS[lang]}</h1>
      <alumni-signup
        api-base="${apiBase}"
        publishable-key="${publishableKey}"
        privacy-url="/privacy"
        privacy-version="2026-04"
      ></alumni-signup>
    </main>
  </body>
</html>
`;
