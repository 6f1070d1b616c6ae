/**
 * Typed errors that the HTTP adapter turns into application/problem+json (RFC 9457). Use cases throw these;
 * only the adapter knows about HTTP responses.
 */
export interface FieldError {
  path: string;
  message: string;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  get type(): string {
    return `https://hjemmestotte.dk/problems/${this.title.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}`;
  }
}

const describe = (errors: FieldError[]) =>
  errors.map((e) => `${e.path || '(body)'}: ${e.message}`).join('; ');

export const badRequest = (errors: FieldError[], title = 'Invalid request') =>
  new HttpProblem(400, title, describe(errors), errors);
export const unprocessable = (errors: FieldError[]) =>
  new HttpProblem(422, 'Rule violated', describe(errors), errors);
export const unauthorized = (detail = 'A valid bearer token is required.') =>
  new HttpProblem(401, 'Unauthorized', detail, undefined, { 'www-authenticate': 'Bearer' });
export const forbidden = (detail = 'Your role may not do this.') => new HttpProblem(403, 'Forbidden', detail);
export const notFound = (detail = 'Not found.', errors?: FieldError[]) =>
  new HttpProblem(404, 'Not found', detail, errors);
export const conflict = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(409, 'Conflict', detail, errors);
export const payloadTooLarge = (limit: number) =>
  new HttpProblem(413, 'Payload too large', `The body is over the limit of ${limit} bytes.`);

export const unsupportedMediaType = () =>
  new HttpProblem(415, 'Unsupported media type', 'content-type: the body must be application/json', [
    { path: 'content-type', message: 'must be application/json' },
  ]);

/**
 * 503 for a read whose audit entry could not be written: no data is returned. `Retry-After` because the
 * cause (throttling, a short outage of the audit table) usually passes within seconds.
 */
export const auditUnavailable = (cause?: unknown, retryAfterSeconds = 5) =>
  Object.assign(
    new HttpProblem(
      503,
      'Audit unavailable',
      'The read could not be recorded in the audit trail, so no data is returned. Try again shortly.',
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    ),
    { cause },
  );

export const problemBody = (p: HttpProblem) => ({
  type: p.type,
  title: p.title,
  status: p.status,
  detail: p.detail,
  ...(p.errors ? { errors: p.errors } : {}),
});
