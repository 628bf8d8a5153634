export interface SurveyPageOptions {
  lang: 'en' | 'ja';
  apiBase: string;
  publishableKey: string;
  survey: string;
  layout: 'page' | 'stepper';
  /** A member token the site signed after its own login, if the visitor is signed in. */
  memberToken?: string | undefined;
}

const HEADINGS = { en: 'Acme alumni: your feedback', ja: 'Acme アルムナイ: アンケート' };

/**
 * An alumni site's page as its web team writes it: one script tag for the built element and
 * `<alumni-feedback-survey>` configured by attributes, nothing inline.
 */
export const surveyPage = ({
  lang,
  apiBase,
  publishableKey,
  survey,
  layout,
  memberToken,
}: SurveyPageOptions) =>
  `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>${HEADINGS[lang]}</title>
    <script type="module" src="/survey.js"></script>
  </head>
  <body>
    <main>
      <h1>${HEADINGS[lang]}</h1>
      <alumni-feedback-survey
        api-base="${apiBase}"
        publishable-key="${publishableKey}"
        survey="${survey}"
        layout="${layout}"${memberToken ? `\n        member-token="${memberToken}"` : ''}
      ></alumni-feedback-survey>
    </main>
  </body>
</html>
`;
