import type { IncomingMessage, ServerResponse } from 'node:http';

/** The job identity the runner's Actions services know a job by. */
export interface RuntimeIdentity {
  /** the repository (owner/name) and workflow run the job belongs to */
  repo: string;
  runId: number;
  runBackendId: string;
  jobBackendId: string;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An ACTIONS_RUNTIME_TOKEN shaped like the runner's: a JWT whose scp claim names the run and job. */
export function runtimeToken(identity: RuntimeIdentity): string {
  const scp = `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${identity.runBackendId}:${identity.jobBackendId}`;
  return `${base64url({ typ: 'JWT', alg: 'RS256' })}.${base64url({ scp, exp: 4102444800 })}.c2lnbmF0dXJl`;
}

export type TwirpMethod = (body: any) => { status?: number; body: unknown };

/**
 * One Twirp JSON service (POST /twirp/<service>/<method>) behind the runtime token: a request
 * without the token, or for a method the fake lacks, is a violation.
 */
export function serveTwirp(service: string, methods: Record<string, TwirpMethod>, identity: RuntimeIdentity, violations: string[]) {
  const prefix = `/twirp/${service}/`;
  return {
    handles: (pathname: string) => pathname.startsWith(prefix),
    handle(req: IncomingMessage, url: URL, raw: Buffer, res: ServerResponse): number {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
        return status;
      };
      if (req.headers.authorization !== `Bearer ${runtimeToken(identity)}`) {
        violations.push(`twirp ${url.pathname}: missing or wrong runtime token`);
        return send(401, { code: 'unauthenticated', msg: 'bad token' });
      }
      const method = methods[url.pathname.slice(prefix.length)];
      if (!method) {
        violations.push(`twirp ${url.pathname} is not implemented by the fake`);
        return send(501, { code: 'unimplemented', msg: url.pathname });
      }
      const answer = method(JSON.parse(raw.toString('utf8') || '{}'));
      return send(answer.status ?? 200, answer.body);
    },
  };
}
