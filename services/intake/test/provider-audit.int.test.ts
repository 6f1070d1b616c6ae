import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { fixedClock } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { changeProvider, registerProvider } from '../src/use-cases/providers.ts';
import { admin, intakeHarness, refused } from './intake-harness.ts';

const newProvider = {
  providerId: 'familiehuset',
  name: 'Familiehuset ApS',
  contactEmail: 'kontakt@familiehuset.example',
};

type Harness = Awaited<ReturnType<typeof intakeHarness>>;

/** A provider's audit entries, oldest first, straight from the audit table. */
const entriesOf = async (h: Harness, providerId: string) =>
  (
    await h.db.send(
      new QueryCommand({
        TableName: h.tables.audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `PROVIDER#${providerId}` },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

/**
 * Issue 11 ("Audit and limits"): the admin's changes of providers (register, deactivate, edit) are
 * recorded like changes of cases: who, when, which fields, in the change's own transaction; never the
 * values of name or contact address (and a provider record holds no secret to leak: the client secret lives
 * in the identity provider only).
 */
describe('admin changes of providers leave an audit entry (issue 11)', () => {
  it('records the registration: who, when, which fields, not their values', async () => {
    const h = await intakeHarness();
    await registerProvider(h.deps, admin, newProvider);
    const [entry, ...rest] = await entriesOf(h, 'familiehuset');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      providerId: 'familiehuset',
      action: 'provider.register',
      at: '2026-11-23T09:00:00.000Z',
      actor: { sub: 'adm', role: 'admin', email: 'admin@kommune.example' },
      fields: ['providerId', 'name', 'contactEmail', 'active'],
      active: true,
    });
    expect(JSON.stringify(entry)).not.toContain('kontakt@familiehuset.example');
    expect(JSON.stringify(entry)).not.toContain('Familiehuset ApS');
  });

  it('records a deactivation and an edit with the fields changed and the new active state', async () => {
    const h = await intakeHarness();
    await changeProvider(h.deps, admin, 'hjemmebasen', { active: false });
    // A minute later (entries sort by time; two in the same millisecond would have no order between them).
    const later = { ...h.deps, clock: fixedClock('2026-11-23T10:01:00+01:00') };
    await changeProvider(later, admin, 'hjemmebasen', {
      contactEmail: 'ny@hjemmebasen.example',
      name: 'HB',
    });
    const entries = await entriesOf(h, 'hjemmebasen');
    expect(entries.map((e) => ({ action: e.action, fields: e.fields, active: e.active }))).toEqual([
      { action: 'provider.change', fields: ['active'], active: false },
      { action: 'provider.change', fields: ['name', 'contactEmail'], active: undefined },
    ]);
    expect(entries.every((e) => e.actor.email === 'admin@kommune.example')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('ny@hjemmebasen.example');
    // The change itself is stored.
    expect(await h.deps.providers.get('hjemmebasen')).toMatchObject({
      active: false,
      name: 'HB',
      contactEmail: 'ny@hjemmebasen.example',
    });
  });

  it('records nothing for a refused registration (409) or a change of an unknown provider (404)', async () => {
    const h = await intakeHarness();
    const before = (await h.scan(h.tables.audit)).length;
    expect(
      await refused(409, () =>
        registerProvider(h.deps, admin, { ...newProvider, providerId: 'hjemmebasen' }),
      ),
    ).toEqual(['providerId']);
    await refused(404, () => changeProvider(h.deps, admin, 'ukendt', { active: false }));
    expect((await h.scan(h.tables.audit)).length).toBe(before);
    // The taken id keeps its record as it was.
    expect((await h.deps.providers.get('hjemmebasen'))?.name).toBe('Hjemmebasen');
  });
});
