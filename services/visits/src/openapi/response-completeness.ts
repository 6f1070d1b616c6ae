// What "a complete 2xx response schema" and "a complete request body" mean for this document (issue 15), as
// checks anyone can run on the generated document: response-completeness.test.ts runs them on every operation.

type Json = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, Json>; requestBody?: Json }>>;
  components: { schemas: Record<string, Json> };
}

const isEmptySchema = (s: unknown) =>
  s === true || (typeof s === 'object' && s !== null && Object.keys(s).length === 0);

/**
 * The gaps in one schema, recursively: an object open to unnamed fields (`additionalProperties` absent,
 * `true` or `{}`), a closed object naming no field, an untyped value, a field without a description (its own
 * or its component's). An object that names, by `externalDocs`, the standard that defines it (the OpenAPI
 * document's own JSON Schema parts) is that standard's to define and is not looked into.
 */
const schemaGaps = (
  doc: Doc,
  root: unknown,
  at: string,
  fields: boolean,
  { request = false } = {},
): string[] => {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const resolve = (s: Json): Json =>
    typeof s.$ref === 'string' ? (doc.components.schemas[s.$ref.split('/').pop() ?? ''] ?? {}) : s;
  const walk = (raw: unknown, path: string) => {
    if (typeof raw !== 'object' || raw === null) return void out.push(`${path}: no schema`);
    let s = raw as Json;
    if (s.$ref) {
      const target = resolve(s);
      if (seen.has(target)) return;
      seen.add(target);
      path = `${path}→${String(s.$ref).split('/').pop()}`;
      s = target;
    }
    if (s.externalDocs) return;
    for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
      for (const [i, x] of ((s[k] as unknown[] | undefined) ?? []).entries()) walk(x, `${path}.${k}[${i}]`);
    }
    const types = ([] as unknown[]).concat(s.type ?? []);
    if (types.includes('array')) return walk(s.items, `${path}[]`);
    if (types.includes('object') || s.properties || s.additionalProperties !== undefined) {
      const extra = s.additionalProperties;
      if (extra === undefined || isEmptySchema(extra)) {
        out.push(`${path}: open object (additionalProperties ${JSON.stringify(extra ?? 'absent')})`);
      } else if (extra !== false) walk(extra, `${path}{*}`);
      const props = (s.properties ?? {}) as Record<string, Json>;
      if (extra === false && Object.keys(props).length === 0) out.push(`${path}: names no field`);
      for (const [name, p] of Object.entries(props)) {
        const r = resolve(p);
        // A request field says in words what it means, enums too; an answer's enum may speak for itself.
        const described = request
          ? (p.description ?? r.description)
          : (p.description ?? r.description ?? p.anyOf ?? r.enum ?? p.const);
        if (fields && described === undefined) out.push(`${path}.${name}: no description`);
        // A value the caller writes gets an example, unless it can only be one thing (a const, or an enum of one).
        const composite =
          [r.type].flat().some((t) => t === 'object' || t === 'array') ||
          r.properties ||
          r.anyOf ||
          r.oneOf ||
          r.allOf;
        const single = r.const !== undefined || (Array.isArray(r.enum) && r.enum.length === 1);
        if (request && !composite && !single && (p.example ?? r.example) === undefined)
          out.push(`${path}.${name}: no example`);
        walk(p, `${path}.${name}`);
      }
      return;
    }
    if (types.length === 0 && !s.enum && s.const === undefined && !s.anyOf && !s.oneOf && !s.allOf) {
      out.push(`${path}: untyped ${JSON.stringify(s)}`);
    }
  };
  walk(root, at);
  return out;
};

export interface OperationGaps {
  operation: string;
  status: string;
  gaps: string[];
}

/**
 * Every operation's 2xx answer: a JSON schema closed at every level, a description that is more than
 * "Success", an example; with `fields`, a description on every field too.
 */
export const responseGaps = (doc: Doc, { fields = false } = {}): OperationGaps[] =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const operation = `${method.toUpperCase()} ${path}`;
      const [status, res] = Object.entries(op.responses).find(([code]) => code.startsWith('2')) ?? [];
      if (!status || !res) return { operation, status: '-', gaps: ['no 2xx answer'] };
      const media = (res.content as Record<string, Json> | undefined)?.['application/json'];
      const gaps = schemaGaps(doc, media?.schema, 'body', fields);
      if (typeof res.description !== 'string' || /^(Success|Created|OK)$/i.test(res.description)) {
        gaps.push(`a generic description (${JSON.stringify(res.description)})`);
      }
      if (media?.example === undefined && media?.examples === undefined) gaps.push('no example');
      return { operation, status, gaps };
    }),
  );

/**
 * Every request body: a description, an example, a schema closed at every level that describes itself, and
 * on every field a description (enums in words too) and, for each value a caller writes, an example.
 */
export const requestGaps = (doc: Doc): OperationGaps[] =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).flatMap(([method, op]) => {
      if (!op.requestBody) return [];
      const operation = `${method.toUpperCase()} ${path}`;
      const media = (op.requestBody.content as Record<string, Json> | undefined)?.['application/json'];
      const gaps = schemaGaps(doc, media?.schema, 'body', true, { request: true });
      const ref = (media?.schema as Json | undefined)?.$ref;
      const schema =
        typeof ref === 'string' ? doc.components.schemas[ref.split('/').pop() ?? ''] : media?.schema;
      if (typeof (schema as Json | undefined)?.description !== 'string') gaps.push('body: no description');
      if (typeof op.requestBody.description !== 'string') gaps.push('request body: no description');
      if (media?.example === undefined && media?.examples === undefined) gaps.push('no example');
      return [{ operation, status: 'request', gaps }];
    }),
  );
