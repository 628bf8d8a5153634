import { html } from 'hono/html';

export interface HomePageOptions {
  publishableKey: string;
  /** Example pages found in the examples folder, as links relative to `/examples/`. */
  examples: string[];
  /** This server's origin, for the sample command. */
  origin: string;
}

/** The page at `/` of the demo server: what is there and how to call it. */
export function homePage({ publishableKey, examples, origin }: HomePageOptions) {
  const curl = `curl -H 'Authorization: Bearer ${publishableKey}' ${origin}/v1/events`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Alumni Kit demo server</title>
        <style>
          body {
            font:
              16px/1.5 system-ui,
              sans-serif;
            max-width: 48em;
            margin: 2em auto;
            padding: 0 1em;
          }
          code,
          pre {
            background: #f3f3f3;
            padding: 0.1em 0.3em;
            border-radius: 4px;
          }
          pre {
            padding: 0.8em;
            overflow-x: auto;
          }
        </style>
      </head>
      <body>
        <h1>Alumni Kit demo server</h1>
        <p>The API of the demo tenant is served under <code>/v1</code>.</p>
        <h2>Demo publishable key</h2>
        <pre>${publishableKey}</pre>
        <pre>${curl}</pre>
        <h2>What is here</h2>
        <ul>
          <li><a href="/v1/events">/v1/events</a> and every other route of the contract (send the key)</li>
          <li><a href="/openapi.json">/openapi.json</a>: the OpenAPI 3.1 document of the API</li>
          <li><a href="/healthz">/healthz</a> and <a href="/readyz">/readyz</a></li>
        </ul>
        <h2>Examples</h2>
        ${
          examples.length === 0
            ? html`<p>No example pages yet.</p>`
            : html`<ul>
                ${examples.map((path) => html`<li><a href="/examples/${path}">${path}</a></li>`)}
              </ul>`
        }
      </body>
    </html>`;
}
