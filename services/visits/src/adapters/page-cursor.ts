import { badRequest } from '@hjemmestotte/lambda-kit';

/**
 * An opaque page cursor: the key of the last item a page returned (or where its Queries stopped), base64url.
 * Only keys of the asked case's partition are accepted back, so a cursor cannot be turned into a read of
 * another case.
 */
export const encodeCursor = (key: Record<string, unknown>) =>
  Buffer.from(JSON.stringify({ pk: key.pk, sk: key.sk })).toString('base64url');

export const decodeCursor = (cursor: string | undefined, pk: string): Record<string, unknown> | undefined => {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (key.pk === pk && typeof key.sk === 'string' && key.sk.length <= 300)
      return { pk: key.pk, sk: key.sk };
  } catch {
    // fall through: a cursor we did not issue
  }
  throw badRequest([{ path: 'cursor', message: 'not a cursor this API gave for this case' }]);
};
