/**
 * The design card's packages: the Action reaches GitHub through @actions/github's
 * getOctokit (so the runner's proxy settings apply), `proofgate review` through
 * @octokit/rest, and package.json lists exactly the runtime packages src/ imports.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FakeGitHub } from './fake-github.js';
import { addedLinesPatch, buildAction, FIXTURES, pullRequestPayload, REPO_ROOT, runEntry } from './runner.js';

const TOKEN = 'ghs_proxyTestToken0123456789';

/**
 * An HTTP proxy in front of the fake GitHub: it answers CONNECT tunnels and absolute-form
 * requests for the (unresolvable) host api.github.test, sends them to the fake, and counts them.
 */
class TestProxy {
  seen: string[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(private readonly targetPort: number) {}

  async start(): Promise<number> {
    this.server = createServer((req, res) => this.forward(req, res));
    this.server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      this.seen.push(`CONNECT ${req.url}`);
      const upstream = connect(this.targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => s.destroy());
        s.on('close', () => this.sockets.delete(s));
      }
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    return (this.server.address() as AddressInfo).port;
  }

  private forward(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    this.seen.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/');
    const up = httpRequest({ host: '127.0.0.1', port: this.targetPort, method: req.method, path: url.pathname + url.search, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => this.server?.close(() => ok()));
  }
}

let entry = '';
let distDir = '';
before(async () => {
  ({ entry, dir: distDir } = await buildAction());
});
after(() => {
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

describe('@actions/github and @octokit/rest', () => {
  it('the Action\'s requests follow the runner\'s HTTP_PROXY (getOctokit\'s fetch), and the review is posted through it', async () => {
    const lib = readFileSync(join(FIXTURES, 'repo', 'lib.rs'), 'utf8');
    const fake = new FakeGitHub('octo', 'proofs', 7, [{ filename: 'lib.rs', status: 'modified', patch: addedLinesPatch(lib, 15, 25) }], TOKEN);
    const fakeUrl = await fake.start();
    const proxy = new TestProxy(Number(new URL(fakeUrl).port));
    const proxyPort = await proxy.start();
    try {
      const r = await runEntry({
        entry, eventName: 'pull_request', repo: join(FIXTURES, 'repo'),
        payload: pullRequestPayload({ owner: 'octo', repo: 'proofs', number: 7, base: 'verification', headSha: 'a'.repeat(40) }),
        inputs: { 'github-token': TOKEN, cache: 'false' },
        // Not a loopback name: @actions/http-client never proxies loopback addresses.
        apiUrl: `http://api.github.test:${new URL(fakeUrl).port}`,
        env: { HTTP_PROXY: `http://127.0.0.1:${proxyPort}`, http_proxy: `http://127.0.0.1:${proxyPort}` },
      });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.deepEqual(fake.violations, []);
      assert.equal(fake.reviews.length, 1, `${r.stdout}\n${r.stderr}`);
      assert.equal(fake.comments.length, 1);
      assert.ok(proxy.seen.length > 0, 'the requests went through the proxy');
      assert.ok(proxy.seen.every((s) => s.includes('api.github.test')), proxy.seen.join('\n'));
    } finally {
      await proxy.stop();
      await fake.stop();
    }
  });

  it('src/ imports every runtime dependency of package.json (and those two packages by name)', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) sources.push(readFileSync(p, 'utf8'));
      }
    };
    walk(join(REPO_ROOT, 'src'));
    const imported = (name: string) => sources.some((s) => new RegExp(`(from |import\\()'${name.replace(/[/.]/g, '\\$&')}(/[^']*)?'`).test(s));
    assert.ok('@actions/github' in pkg.dependencies && '@octokit/rest' in pkg.dependencies);
    assert.deepEqual(Object.keys(pkg.dependencies).filter((d) => !imported(d)), [], 'dependencies nothing imports');
  });
});
