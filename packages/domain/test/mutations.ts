import fc from 'fast-check';

// Turns a valid body into an invalid one in a single place, and says where. Used to check that every
// such body is refused (HTTP 400) with an issue whose path points at that place.

export interface Mutated {
  body: unknown;
  /** Dotted path of the mutated field (for an added field: the added key). */
  path: string;
  kind: 'wrong-type' | 'removed' | 'unknown-field' | 'bad-value';
}

export interface MutationSpec {
  /** Object keys, as normalised paths (`children.*.firstName`), that may be left out. */
  optional: string[];
  /** String fields whose empty or blank value is valid (e.g. a visit's note). */
  blankAllowed?: string[];
}

type Segment = string | number;
interface Entry {
  path: Segment[];
  value: unknown;
  inObject: boolean;
}

const normalise = (path: Segment[]) => path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');

function entries(value: unknown, path: Segment[] = []): { leaves: Entry[]; objects: Segment[][] } {
  const leaves: Entry[] = [];
  const objects: Segment[][] = [];
  const walk = (v: unknown, p: Segment[]) => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        leaves.push({ path: [...p, i], value: item, inObject: false });
        walk(item, [...p, i]);
      });
    } else if (v !== null && typeof v === 'object') {
      objects.push(p);
      for (const [k, item] of Object.entries(v)) {
        leaves.push({ path: [...p, k], value: item, inObject: true });
        walk(item, [...p, k]);
      }
    }
  };
  walk(value, path);
  return { leaves, objects };
}

function wrongTypes(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, true, null, [], {}];
  if (typeof value === 'number') return ['42', null, true, []];
  if (typeof value === 'boolean') return ['true', 1, null];
  if (Array.isArray(value)) return ['x', {}, null, 3];
  return ['x', [], 7, null];
}

// Values wrong for the field's meaning rather than its type, chosen by the field's name.
function badValues(path: string, blankAllowed: string[]): string[] {
  const key = path.split('.').at(-1) ?? '';
  if (/On$|^birthDate$/.test(key))
    return ['2027-02-29', '2026-13-01', '2026-1-9', '20261109', '2026-11-09T00:00:00Z'];
  if (key === 'startedAt' && !path.includes('assessment'))
    return ['2026-11-20T07:00:00', '2026-11-20', 'now'];
  if (/Email$/.test(key)) return ['sagsbehandler', 'a@', '@kommune.dk'];
  if (key === 'providerId') return ['Hjemmebasen', 'x', '-abc', 'hjemme basen'];
  if (key === 'caseNumber') return ['', '-NYB', 'NYB 2026'];
  if (/^(goalId|subGoalId)$/.test(key) || path.startsWith('goalIds.')) return ['', 'g 1', '.g'];
  if (/^(program|location|reason|outcome|kind|level|status)$/.test(key) || path.startsWith('methods.')) {
    return ['unknown-value', ''];
  }
  return blankAllowed.includes(path) ? [] : ['', '   '];
}

interface Candidate {
  path: Segment[];
  kind: Mutated['kind'];
  /** Replacement values; empty means the key is removed. */
  values: unknown[];
}

function candidates(valid: unknown, spec: MutationSpec): Candidate[] {
  const { leaves, objects } = entries(valid);
  const out: Candidate[] = [];
  for (const leaf of leaves) {
    const norm = normalise(leaf.path);
    out.push({ path: leaf.path, kind: 'wrong-type', values: wrongTypes(leaf.value) });
    if (leaf.inObject && !spec.optional.includes(norm))
      out.push({ path: leaf.path, kind: 'removed', values: [] });
    const bad = typeof leaf.value === 'string' ? badValues(norm, spec.blankAllowed ?? []) : [];
    if (bad.length > 0) out.push({ path: leaf.path, kind: 'bad-value', values: bad });
  }
  for (const at of objects)
    out.push({ path: [...at, 'unexpected_field'], kind: 'unknown-field', values: ['x'] });
  return out;
}

/**
 * A valid body from `valid`, mutated in one place. The place and the value are picked by plain numbers,
 * so generating stays cheap however large the body is.
 */
export function mutated(valid: fc.Arbitrary<unknown>, spec: MutationSpec): fc.Arbitrary<Mutated> {
  return fc.tuple(valid, fc.nat(), fc.nat()).map(([body, i, j]) => {
    const all = candidates(body, spec);
    const c = all[i % all.length]!;
    const copy = structuredClone(body) as Record<string | number, unknown>;
    let node = copy;
    for (const seg of c.path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
    const last = c.path.at(-1)!;
    if (c.values.length === 0) delete node[last];
    else node[last] = c.values[j % c.values.length];
    return { body: copy, path: c.path.join('.'), kind: c.kind };
  });
}

/** True when `prefix` names `path` or one of the objects that hold it, segment by segment. */
export function pointsAt(prefix: string, path: string): boolean {
  if (prefix === '') return false;
  return path === prefix || path.startsWith(`${prefix}.`);
}
