import type { RouteSpec } from '@hjemmestotte/wiring';

/** The document's tags: one per resource a client works with. */
export const tags = [
  { name: 'cases', description: 'Granted support: register, read, change and close a case.' },
  { name: 'follow-ups', description: 'The follow-ups the law requires (Barnets Lov § 95) and barnets plan.' },
  { name: 'visits', description: 'Visit logs and status letters from the provider.' },
  { name: 'provider', description: 'What a provider sees of its own work.' },
  { name: 'providers', description: 'The municipality’s providers (admin).' },
  { name: 'reports', description: 'Supervision figures for team leaders.' },
  { name: 'meta', description: 'This document.' },
] as const;
export type Tag = (typeof tags)[number]['name'];

const tagOf = (path: string): Tag => {
  if (path === '/openapi.json') return 'meta';
  if (path.startsWith('/v1/provider/')) return 'provider';
  if (path.startsWith('/v1/providers')) return 'providers';
  if (path.startsWith('/v1/reports')) return 'reports';
  if (/\/(visits|status-reports|delivery)$/.test(path)) return 'visits';
  if (/\/(follow-ups|plan)(\/|$)/.test(path)) return 'follow-ups';
  return 'cases';
};

const camel = (words: string[]) =>
  words
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('')
    .replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const verbs: Record<string, string> = {
  GET: 'get',
  POST: 'post',
  PUT: 'put',
  PATCH: 'patch',
  DELETE: 'delete',
};

/**
 * A stable operationId from the route itself (`GET /v1/cases/{caseId}/plan` → `getCasePlan`), so a route
 * wired later gets one without anybody remembering to add it; the path's static words in order, a word
 * before a parameter in the singular, the method in front.
 */
export const operationIdOf = (r: Pick<RouteSpec, 'method' | 'path'>): string => {
  const parts = r.path.split('/').filter((p) => p && p !== 'v1');
  const words: string[] = [];
  parts.forEach((p, i) => {
    if (p.startsWith('{')) return;
    const beforeParam = parts[i + 1]?.startsWith('{');
    const word = p.replace(/\.json$/, '');
    words.push(beforeParam ? word.replace(/ies$/, 'y').replace(/s$/, '') : word);
  });
  return camel([verbs[r.method] ?? r.method.toLowerCase(), ...words]);
};

export const tagsOf = (r: Pick<RouteSpec, 'path'>): Tag[] => [tagOf(r.path)];
