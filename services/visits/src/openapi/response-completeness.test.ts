import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document.ts';
import { requestGaps, responseGaps } from './response-completeness.ts';

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

describe('every request body is complete (issue 15)', () => {
  it('describes the body and every field (enums in words), with an example for the body and each value', () => {
    expect(requestGaps(doc()).filter((o) => o.gaps.length > 0)).toEqual([]);
  });

  it('finds a field without description, an enum described only by its values, a value without example', () => {
    const d = doc();
    const visit = d.components.schemas.Visit;
    delete visit.properties.durationMinutes.description;
    delete visit.properties.location.description;
    delete visit.properties.startedAt.example;
    delete d.components.schemas.CaseClose.description;
    delete d.paths['/v1/providers/{providerId}'].patch.requestBody.content['application/json'].example;
    const gaps = Object.fromEntries(requestGaps(d).map((o) => [o.operation, o.gaps]));
    expect(gaps['POST /v1/cases/{caseId}/visits']).toEqual([
      'body→Visit.startedAt: no example',
      'body→Visit.durationMinutes: no description',
      'body→Visit.location: no description',
    ]);
    expect(gaps['POST /v1/cases/{caseId}/close']).toEqual(['body: no description']);
    expect(gaps['PATCH /v1/providers/{providerId}']).toEqual(['no example']);
    // The nested and shared parts are looked into too: a goal's title inside the plan, the assessment's kind.
    delete d.components.schemas.Plan.properties.goals.items.properties.title.example;
    delete d.components.schemas.Assessment.oneOf[0].properties.kind.description;
    const again = Object.fromEntries(requestGaps(d).map((o) => [o.operation, o.gaps]));
    expect(again['PUT /v1/cases/{caseId}/plan']).toEqual(['body→Plan.goals[].title: no example']);
    expect(again['POST /v1/cases']).toEqual([
      'body→CaseRegistration.assessment→Assessment.oneOf[0].kind: no description',
    ]);
  });
});
