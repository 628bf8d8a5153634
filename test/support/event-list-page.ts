export interface EventListPageOptions {
  apiBase: string;
  publishableKey: string;
}

/**
 * An alumni events page as a web team writes it: one script tag for the built element and
 * `<alumni-event-list>` configured by attributes, nothing inline.
 */
export const eventListPage = ({ apiBase, publishableKey }: EventListPageOptions): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Acme alumni events</title>
    <script type="module" src="/event-list.js"></script>
  </head>
  <body>
    <main>
      <h1>Acme alumni events</h1>
      <alumni-event-list api-base="${apiBase}" publishable-key="${publishableKey}"></alumni-event-list>
    </main>
  </body>
</html>
`;
