export interface ReferralPageOptions {
  lang: 'en' | 'ja';
  apiBase: string;
  publishableKey: string;
}

const HEADINGS = { en: 'Acme careers: refer a friend', ja: 'Acme 採用サイト: 知り合いを紹介' };

/**
 * A career site's referral page as its web team writes it: one script tag for the built element
 * and `<alumni-referral-form>` configured by attributes, nothing inline.
 */
export const referralPage = ({
  lang,
  apiBase,
  publishableKey,
}: ReferralPageOptions): string => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>${HEADINGS[lang]}</title>
    <script type="module" src="/referral.js"></script>
  </head>
  <body>
    <main>
      <h1>${HEADINGS[lang]}</h1>
      <alumni-referral-form
        api-base="${apiBase}"
        publishable-key="${publishableKey}"
        privacy-url="/privacy/referred-candidates"
      ></alumni-referral-form>
    </main>
  </body>
</html>
`;
