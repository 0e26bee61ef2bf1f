import { decide, NO_MEMORY, type FiringAlert, type MonitorMemory } from '../../shared/monitor/decide.js';
import { readMemory, renderIssueBody } from '../../shared/monitor/issue-body.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-12-05T06:00:00Z');
const drift: FiringAlert = { figure: 'drifted_features', id: 'drifted_features > 1', level: 'critical' };
const missing: FiringAlert = { figure: 'missing_share', id: 'missing_share > 0.1', level: 'warning' };
const base = { now: T0, cooldownMs: 7 * DAY, canDispatch: true };
const open = (memory: MonitorMemory) => ({ number: 7, open: true, memory });

describe('monitor decisions (state in, actions out)', () => {
  it('healthy and no issue: nothing', () => {
    expect(decide({ ...base, firing: [], issue: null })).toEqual({ issue: { kind: 'none' }, dispatch: null, memory: NO_MEMORY });
  });

  it('an alert starts: open the issue and dispatch retraining for a critical alert', () => {
    const d = decide({ ...base, firing: [drift], issue: null });
    expect(d.issue).toEqual({ kind: 'open' });
    expect(d.dispatch).toEqual({ reason: 'mlci monitor: drifted_features > 1' });
    expect(d.memory).toEqual({ firing: ['drifted_features'], since: '2026-12-05T06:00:00.000Z', lastDispatchAt: '2026-12-05T06:00:00.000Z', lastDispatchUrl: null });
  });

  it('a warning alone opens the issue but dispatches nothing; so does a critical one without a retrain workflow', () => {
    expect(decide({ ...base, firing: [missing], issue: null }).dispatch).toBeNull();
    expect(decide({ ...base, canDispatch: false, firing: [drift], issue: null }).dispatch).toBeNull();
  });

  it('a rerun in the same state replaces the body without a comment, and does not dispatch within the cooldown', () => {
    const memory = { firing: ['drifted_features'], since: '2026-12-04T06:00:00.000Z', lastDispatchAt: '2026-12-04T06:00:00.000Z', lastDispatchUrl: 'https://github.com/o/r/actions/runs/1' };
    const d = decide({ ...base, firing: [drift], issue: open(memory) });
    expect(d).toEqual({ issue: { kind: 'update', comment: null }, dispatch: null, memory });
  });

  it('after the cooldown a still-firing critical alert dispatches again, and says so in a comment', () => {
    const memory = { firing: ['drifted_features'], since: '2026-11-20T06:00:00.000Z', lastDispatchAt: '2026-11-20T06:00:00.000Z', lastDispatchUrl: null };
    const d = decide({ ...base, firing: [drift], issue: open(memory) });
    expect(d.dispatch).not.toBeNull();
    expect(d.issue).toEqual({ kind: 'update', comment: 'Still firing: `drifted_features > 1`.\nRetraining was dispatched (see the issue body for the run).' });
    expect(d.memory.since).toBe('2026-11-20T06:00:00.000Z');
  });

  it('a change of state comments what started and what cleared', () => {
    const memory = { ...NO_MEMORY, firing: ['drifted_features'], since: '2026-12-04T06:00:00.000Z', lastDispatchAt: '2026-12-04T06:00:00.000Z' };
    const d = decide({ ...base, firing: [missing], issue: open(memory) });
    expect(d.issue).toEqual({ kind: 'update', comment: 'Alert started: `missing_share > 0.1` (warning).\nCleared: `drifted_features`.' });
  });

  it('back within policy: close with a comment; a closed issue is reopened when an alert starts again', () => {
    const memory = { ...NO_MEMORY, firing: ['drifted_features'], since: '2026-12-04T06:00:00.000Z' };
    const closed = decide({ ...base, firing: [], issue: open(memory) });
    expect(closed.issue.kind).toBe('close');
    expect(closed.memory.firing).toEqual([]);
    const again = decide({ ...base, firing: [drift], issue: { number: 7, open: false, memory: closed.memory } });
    expect(again.issue).toEqual({ kind: 'reopen', comment: 'Alert started: `drifted_features > 1` (critical).\nRetraining was dispatched (see the issue body for the run).' });
  });

  it('the memory survives the issue body, and a body without one reads as a fresh start', () => {
    const memory = { firing: ['a', 'b'], since: '2026-12-04T06:00:00.000Z', lastDispatchAt: null, lastDispatchUrl: null };
    const body = renderIssueBody({ model: 'churn --> <b>x</b>', version: 'v3', memory, alerts: [], runUrl: null, windows: 2, rows: 10 });
    expect(readMemory(body)).toEqual(memory);
    expect(body).not.toContain('<b>');
    expect(body.split('-->').length).toBe(3); // the two hidden lines end where they should
    expect(readMemory('edited by hand')).toEqual(NO_MEMORY);
  });
});
