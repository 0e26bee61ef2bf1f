import { describe, expect, it } from '@jest/globals';
import { commentKey, COMMENT_BODY_LIMIT, parseSections } from '../../shared/github/comment-body.js';
import { upsertCommentSection } from '../../shared/github/pr-comment.js';
import { faults } from './fake-github/server.js';
import { useFakeGitHub, recordingLogger, REPO, repoState, seedPullRequest, testClient } from './helpers.js';

const fake = useFakeGitHub(seedPullRequest);

const target = { repo: REPO, issueNumber: 42 };
const key = commentKey('model CI');
/** read-back checks without the pause a runner takes between jobs' writes */
const noWait = { settleMs: 0 };
const section = (text: string) => ({ id: 'evaluation', title: 'Evaluation', markdown: text });

describe('pull request comment', () => {
  it('two runs on the same pull request leave one comment, holding the second run', async () => {
    const api = testClient(fake.gh, recordingLogger());
    const first = await upsertCommentSection(api, target, key, section('accuracy 0.91'), noWait);
    const second = await upsertCommentSection(api, target, key, section('accuracy 0.93'), noWait);
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const comments = repoState(fake.gh).commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('accuracy 0.93');
    expect(comments[0]!.body).not.toContain('accuracy 0.91');
  });

  it('does not write when nothing changed', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await upsertCommentSection(api, target, key, section('same'), noWait);
    const again = await upsertCommentSection(api, target, key, section('same'), noWait);
    expect(again.action).toBe('unchanged');
    expect(fake.gh.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
  });

  it('keeps separate comments for two matrix keys', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await upsertCommentSection(api, target, commentKey('model CI', 'dataset=a'), section('A'), noWait);
    await upsertCommentSection(api, target, commentKey('model CI', 'dataset=b'), section('B'), noWait);
    await upsertCommentSection(api, target, commentKey('model CI', 'dataset=a'), section('A2'), noWait);
    const bodies = repoState(fake.gh).commentsOn(42).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toContain('A2');
    expect(bodies[1]).toContain('\nB\n');
  });

  it('sections from two actions share the comment', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await upsertCommentSection(api, target, key, { id: 'data-validation', title: 'Data validation', markdown: 'schema ok' }, noWait);
    await upsertCommentSection(api, target, key, section('gate passed'), noWait);
    const [comment] = repoState(fake.gh).commentsOn(42);
    expect(parseSections(comment!.body).map((s) => s.id)).toEqual(['data-validation', 'evaluation']);
  });

  it('finds its comment behind more than one page of other comments, and leaves a user quoting the marker alone', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await upsertCommentSection(api, target, key, section('first'), noWait);
    const state = repoState(fake.gh);
    const ours = state.comments[0]!;
    const user = { login: 'alice', id: 1, type: 'User' as const };
    for (let i = 0; i < 150; i++) state.comments.push({ id: fake.gh.state.id(), issueNumber: 42, body: `review ${i}`, user, createdAt: '', updatedAt: '' });
    state.comments.push({ id: fake.gh.state.id(), issueNumber: 42, body: `> ${ours.body}\nWhy did accuracy drop?`, user, createdAt: '', updatedAt: '' });
    // move ours to the end of the listing: ids sort the listing, so give it the largest
    ours.id = fake.gh.state.id();
    await upsertCommentSection(api, target, key, section('second'), noWait);
    expect(state.commentsOn(42).filter((c) => c.body.includes('second'))).toHaveLength(1);
    const quote = state.commentsOn(42).find((c) => c.body.includes('Why did accuracy drop?'));
    expect(quote!.body).toContain('first');
    expect(quote!.body).not.toContain('second');
    expect(fake.gh.requests.filter((r) => r.operationId === 'issues/list-comments').length).toBeGreaterThanOrEqual(3);
  });

  it('two jobs racing to create the comment end with one comment holding both sections', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await Promise.all([
      upsertCommentSection(api, target, key, { id: 'data-validation', title: 'Data validation', markdown: 'schema ok' }, noWait),
      upsertCommentSection(api, target, key, section('gate passed'), noWait),
    ]);
    const comments = repoState(fake.gh).commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(parseSections(comments[0]!.body).map((s) => s.id)).toEqual(['data-validation', 'evaluation']);
  });

  it('retries a 502 on update and still ends with one comment', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await upsertCommentSection(api, target, key, section('one'), noWait);
    fake.gh.inject(faults.badGateway('issues/update-comment'));
    await upsertCommentSection(api, target, key, section('two'), noWait);
    expect(repoState(fake.gh).commentsOn(42)).toHaveLength(1);
    expect(repoState(fake.gh).commentsOn(42)[0]!.body).toContain('two');
  });

  it('a report over the size limit is posted truncated, with the note', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await upsertCommentSection(api, target, key, section('| a |\n| --- |\n' + '| a long row of the slice table |\n'.repeat(5000)), { ...noWait, fullReport: { url: 'https://github.com/acme-ml/churn-model/actions/runs/1', artifact: 'mlci-report' } });
    const [comment] = repoState(fake.gh).commentsOn(42);
    expect(comment!.body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(comment!.body).toContain('This section was truncated');
    expect(comment!.body).toContain('the artifact [`mlci-report`](https://github.com/acme-ml/churn-model/actions/runs/1)');
  });

  it('writes its section again when another job overwrote it between our write and our read-back', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await upsertCommentSection(api, target, key, { id: 'data-validation', title: 'Data validation', markdown: 'schema ok' }, noWait);
    const stale = repoState(fake.gh).commentsOn(42)[0]!.body;
    // the data validation job read the comment before our write and writes its new section on top of that old body
    fake.gh.beforeNext('issues/get-comment', () => {
      repoState(fake.gh).commentsOn(42)[0]!.body = stale.replace('schema ok', 'schema ok, 2 warnings');
    });
    await upsertCommentSection(api, target, key, section('gate passed'), noWait);
    const [comment] = repoState(fake.gh).commentsOn(42);
    expect(comment!.body).toContain('schema ok, 2 warnings');
    expect(comment!.body).toContain('gate passed');
    expect(fake.gh.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(2);
  });

  it('moves its section into the surviving comment when the creation race winner deleted ours', async () => {
    const api = testClient(fake.gh, recordingLogger());
    fake.gh.beforeNext('issues/get-comment', (state) => {
      const repo = state.repo('acme-ml/churn-model');
      const ours = repo.commentsOn(42)[0]!;
      // the other job's older comment survives; ours is gone
      repo.comments.splice(repo.comments.indexOf(ours), 1);
      repo.comments.push({ ...ours, id: ours.id - 500, body: ours.body.replace(/<!-- mlci:section id=evaluation -->[\s\S]*<!-- mlci:end id=evaluation -->/, '<!-- mlci:section id=data-validation -->\n### Data validation\n\nschema ok\n<!-- mlci:end id=data-validation -->') });
    });
    const result = await upsertCommentSection(api, target, key, section('gate passed'), noWait);
    const comments = repoState(fake.gh).commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(result.id).toBe(comments[0]!.id);
    expect(parseSections(comments[0]!.body).map((s) => s.id)).toEqual(['data-validation', 'evaluation']);
  });
});
