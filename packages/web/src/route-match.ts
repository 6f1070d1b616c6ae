/**
 * Matches `/sager/:caseId` style patterns; answers the decoded parameters or undefined. A parameter that is
 * not a valid percent-encoding (`/sager/nummer/%E0`) is no match, so the app shows its not-found page
 * instead of `decodeURIComponent` throwing out of the render.
 */
export const match = (pattern: string, path: string): Record<string, string> | undefined => {
  const p = pattern.split('/');
  const s = path.replace(/\/+$/, '').split('/');
  if (p.length !== s.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i] ?? '';
    if (seg.startsWith(':')) {
      const value = decode(s[i] ?? '');
      if (value === undefined) return undefined;
      params[seg.slice(1)] = value;
    } else if (seg !== s[i]) return undefined;
  }
  return params;
};

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined; // URIError: a malformed escape
  }
};
