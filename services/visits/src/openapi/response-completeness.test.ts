import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document.ts';
import { responseGaps } from './response-completeness.ts';

const doc = () => JSON.parse(JSON.stringify(openApiDocument()));

describe('every 2xx response schema is complete (issue 15)', () => {
  it('closes every object, describes the answer and each field, and shows an example, for every operation', () => {
    const incomplete = responseGaps(doc(), { fields: true }).filter((o) => o.gaps.length > 0);
    expect(incomplete).toEqual([]);
  });

  it('finds an open object, a field the answer does not describe and a missing example', () => {
    const d = doc();
    const caseView = d.components.schemas.CaseView;
    caseView.additionalProperties = {};
    delete d.paths['/v1/providers'].get.responses['200'].content['application/json'].example;
    const gaps = Object.fromEntries(responseGaps(d).map((o) => [o.operation, o.gaps]));
    expect(gaps['GET /v1/cases/{caseId}']).toContainEqual(expect.stringMatching(/CaseView: open object/));
    expect(gaps['POST /v1/cases/{caseId}/close']).toContainEqual(
      expect.stringMatching(/CaseView: open object/),
    );
    expect(gaps['GET /v1/providers']).toEqual(['no example']);
    delete d.components.schemas.SupervisionReport.properties.plansMissing.description;
    expect(
      responseGaps(d, { fields: true }).find((o) => o.operation === 'GET /v1/reports/supervision')?.gaps,
    ).toEqual(['body→SupervisionReport.plansMissing: no description']);
    delete d.paths['/v1/providers'].get.responses['200'].content;
    expect(responseGaps(d).find((o) => o.operation === 'GET /v1/providers')?.gaps).toEqual([
      'body: no schema',
      'no example',
    ]);
  });
});
