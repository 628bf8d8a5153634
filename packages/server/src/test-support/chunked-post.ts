import { request } from 'node:http';

export interface ChunkedResult {
  status: number;
  contentType: string | undefined;
  body: string;
  /** Bytes written before the answer came. */
  sent: number;
}

/**
 * POSTs a body without Content-Length (chunked), writing `chunk` over and over until the server
 * answers or `maxBytes` are sent.
 */
export function chunkedPost(url: string, headers: Record<string, string>, chunk: string, maxBytes: number) {
  return new Promise<ChunkedResult>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(
      url,
      { method: 'POST', headers: { ...headers, 'Transfer-Encoding': 'chunked' } },
      (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (data: string) => (body += data));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body, sent }),
        );
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += Buffer.byteLength(chunk);
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}
