import createClient from 'openapi-fetch';
import { accessToken } from '../auth/session.ts';
import type { paths } from './schema';

/** The one API client, typed from the generated OpenAPI document; adds the bearer token to each call. */
export const api = createClient<paths>({ baseUrl: location.origin });
api.use({
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
});

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors?: { path: string; message: string }[];
}

/** Narrows an openapi-fetch error body to problem+json (every error of this API is one). */
export const problemOf = (error: unknown, status: number): Problem =>
  typeof error === 'object' && error !== null ? { status, ...(error as object) } : { status };
