import { Agent, request } from 'node:http';

/**
 * The bench's HTTP client: node:http over one keep-alive agent, the same transport the AWS SDK uses for the
 * raw DynamoDB calls it is compared with. `fetch` costs about 0.7 ms more CPU per request here (its web
 * streams), which this process would spend on the client's behalf: a real client runs elsewhere.
 */
export const keepAliveClient = (baseUrl: string) => {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const base = new URL(baseUrl);
  return {
    post: (path: string, headers: Record<string, string>, body: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: base.hostname,
            port: base.port,
            path,
            method: 'POST',
            agent,
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    destroy: () => agent.destroy(),
  };
};
