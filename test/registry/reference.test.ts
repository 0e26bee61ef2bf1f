import { formatModelReference, parseModelReference, checkAlias } from '../../shared/registry/index.js';
import { UserError } from '../../shared/errors.js';

test('every contract form parses, with and without a store', () => {
  expect(parseModelReference('demo@champion')).toEqual({ store: './mlci-registry', name: 'demo', alias: 'champion' });
  expect(parseModelReference('demo:v3', '/srv/models')).toEqual({ store: '/srv/models', name: 'demo', version: 'v3' });
  expect(parseModelReference('demo')).toEqual({ store: './mlci-registry', name: 'demo' });
  const digest = `sha256:${'ab'.repeat(32)}`;
  expect(parseModelReference(`./reg/demo@${digest}`)).toEqual({ store: './reg', name: 'demo', digest });
  expect(parseModelReference('oci://ghcr.io/acme/models/churn.v2@champion')).toEqual({ store: 'oci://ghcr.io/acme/models', name: 'churn.v2', alias: 'champion' });
  expect(parseModelReference('oci://127.0.0.1:5000/demo:1.2.0')).toEqual({ store: 'oci://127.0.0.1:5000', name: 'demo', version: '1.2.0' });
  expect(parseModelReference('/abs/demo:v1')).toEqual({ store: '/abs', name: 'demo', version: 'v1' });
});

test('format is the inverse of parse', () => {
  for (const text of ['oci://ghcr.io/acme/models/demo@champion', './reg/demo:v3', `oci://h:5000/p/demo@sha256:${'0'.repeat(64)}`, '/abs/demo:v1', 'reg/demo']) {
    expect(formatModelReference(parseModelReference(text))).toBe(text);
  }
});

test.each([
  ['Demo@champion', /not a valid model name/],
  ['demo--x:v1', /not a valid model name/],
  ['demo@latest', /reserved/],
  ['demo@V12', /reserved/],
  ['demo@champ.ion', /not a valid alias/],
  ['demo:latest', /not a valid version/],
  ['demo@sha256:xyz', /not a sha256 digest/],
  ['oci://demo', /needs a host/],
  ['', /empty/],
  ['./reg/@champion', /no model name/],
])('%s is refused with a UserError', (text, message) => {
  let caught: unknown;
  try {
    parseModelReference(text);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(UserError);
  expect((caught as UserError).message).toMatch(message);
  expect((caught as UserError).fix).toBeTruthy();
});

test('alias rules are MLflow\'s', () => {
  expect(checkAlias('champion')).toBe('champion');
  expect(checkAlias('Prod_2-eu')).toBe('Prod_2-eu');
  expect(checkAlias('v2x')).toBe('v2x');
  expect(() => checkAlias('LATEST')).toThrow(/reserved/);
  expect(() => checkAlias('a'.repeat(129))).toThrow(/at most 128/);
});
