import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from './fake-github/server.js';

// The fake server is only useful if it rejects what GitHub rejects: these requests are written by
// hand (not by our client) so that each departure from the OpenAPI description is deliberate.

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ token: 'ghs_valid' });
});
afterEach(async () => {
  await gh.close();
});

async function call(method: string, path: string, body?: unknown, token = 'ghs_valid') {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any, headers: res.headers };
}

describe('fake GitHub API validation', () => {
  it('accepts a valid comment and lists it back', async () => {
    expect((await call('POST', '/repos/acme/models/issues/7/comments', { body: 'hello' })).status).toBe(201);
    const listed = await call('GET', '/repos/acme/models/issues/7/comments?per_page=100');
    expect(listed.json.map((c: any) => c.body)).toEqual(['hello']);
    expect(gh.violations).toEqual([]);
  });

  it('rejects a body missing a required field, a misspelt field and a wrong type with 422', async () => {
    expect((await call('POST', '/repos/acme/models/issues/7/comments', { text: 'hello' })).status).toBe(422);
    expect((await call('POST', '/repos/acme/models/issues/7/comments', { body: 5 })).status).toBe(422);
    expect(gh.violations.join('\n')).toMatch(/must have required property 'body'/);
    expect(gh.violations.join('\n')).toMatch(/unknown field "text"/);
    expect(gh.violations.join('\n')).toMatch(/body\/body must be string/);
    expect(gh.state.repo('acme/models').comments).toHaveLength(0);
  });

  it('rejects parameters that do not match their schema and unknown query parameters', async () => {
    await call('GET', '/repos/acme/models/issues/seven/comments');
    await call('GET', '/repos/acme/models/issues/7/comments?per_page=many');
    await call('GET', '/repos/acme/models/issues/7/comments?perpage=100');
    expect(gh.violations).toHaveLength(3);
    expect(gh.violations[0]).toMatch(/issue_number/);
    expect(gh.violations[1]).toMatch(/per_page/);
    expect(gh.violations[2]).toMatch(/unknown query parameter "perpage"/);
  });

  it('rejects unknown routes, wrong enums, more than 50 annotations and a date that is not date-time', async () => {
    expect((await call('POST', '/repos/acme/models/check-run', { name: 'x', head_sha: 'a' })).status).toBe(404);
    await call('POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: 'a', conclusion: 'passed' });
    const annotation = { path: 'gate.yml', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' };
    await call('POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: 'a', output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } });
    await call('POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: 'a', started_at: 'yesterday' });
    const text = gh.violations.join('\n');
    expect(gh.violations).toHaveLength(4);
    expect(text).toMatch(/no operation/);
    expect(text).toMatch(/allowed values/);
    expect(text).toMatch(/must NOT have more than 50 items/);
    expect(text).toMatch(/must match format "date-time"/);
    expect(gh.state.repo('acme/models').checkRuns).toHaveLength(0);
  });

  it('answers 401 to a wrong token and records a missing Authorization header as a violation', async () => {
    expect((await call('GET', '/repos/acme/models/pulls/1', undefined, 'ghs_expired')).status).toBe(401);
    expect(gh.violations).toEqual([]);
    const res = await fetch(`${gh.url}/repos/acme/models/pulls/1`);
    expect(res.status).toBe(401);
    expect(gh.violations).toEqual(['GET /repos/acme/models/pulls/1: no Authorization header']);
  });

  it('paginates with a Link header', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/repos/acme/models/issues/3/comments', { body: `c${i}` });
    const first = await call('GET', '/repos/acme/models/issues/3/comments?per_page=2');
    expect(first.json.map((c: any) => c.body)).toEqual(['c0', 'c1']);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next"/);
    const last = await call('GET', '/repos/acme/models/issues/3/comments?per_page=2&page=3');
    expect(last.json.map((c: any) => c.body)).toEqual(['c4']);
    expect(last.headers.get('link')).toBeNull();
  });

  it('injects faults once per injection and then behaves normally', async () => {
    gh.inject({ operationId: 'pulls/get', status: 502, body: { message: 'Server Error' } });
    expect((await call('GET', '/repos/acme/models/pulls/1')).status).toBe(502);
    expect((await call('GET', '/repos/acme/models/pulls/1')).status).toBe(404);
    expect(() => gh.inject({ operationId: 'pulls/nope', status: 500 })).toThrow(/No operation/);
  });
});
