import type { Server } from 'node:http';
import sesLocal from 'aws-ses-v2-local';

export interface SesLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** The SES emulator (aws-ses-v2-local) in this process; its viewer and `/store` are on the same port. */
export const startSesLocal = async (port: number): Promise<SesLocal> => {
  // A CommonJS module: under some loaders its default export arrives wrapped once more.
  const start = (sesLocal as unknown as { default?: typeof sesLocal }).default ?? sesLocal;
  const server: Server = await start({ host: '127.0.0.1', port });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    endpoint: `http://127.0.0.1:${actual}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
