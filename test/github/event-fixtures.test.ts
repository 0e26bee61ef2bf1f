import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { githubOpenApi } from './fake-github/openapi-index.js';
import { eventFixture } from './helpers.js';

// The event payload fixtures must be what GitHub sends: each is checked against the webhook
// schema in GitHub's published OpenAPI description.
const schemas: Record<string, string> = {
  'pull_request.synchronize.json': 'webhook-pull-request-synchronize',
  'pull_request.fork.opened.json': 'webhook-pull-request-opened',
  'push.main.json': 'webhook-push',
  'merge_group.checks_requested.json': 'webhook-merge-group-checks-requested',
  'workflow_run.completed.fork.json': 'webhook-workflow-run-completed',
};

describe('event payload fixtures', () => {
  it.each(Object.entries(schemas))('%s matches GitHub\'s %s schema', (file, schema) => {
    const validate = githubOpenApi().componentValidator(schema);
    validate(JSON.parse(readFileSync(eventFixture(file), 'utf8')));
    expect((validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  });

  it('the check is live: a payload without the head sha, or with a wrong action, is rejected', () => {
    const validate = githubOpenApi().componentValidator('webhook-pull-request-synchronize');
    const payload = JSON.parse(readFileSync(eventFixture('pull_request.synchronize.json'), 'utf8'));
    delete payload.pull_request.head.sha;
    expect(validate(payload)).toBe(false);
    expect(validate({ ...JSON.parse(readFileSync(eventFixture('pull_request.synchronize.json'), 'utf8')), action: 'pushed' })).toBe(false);
  });
});
