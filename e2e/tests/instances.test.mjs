// Several instances on one PostgreSQL (issue 12): three `latchkey serve` processes on
// loopback share one database and one encryption key, each with its own data folder
// (and so its own outbox), the way two or three machines behind a reverse proxy run.
//
//   * Reset journeys hop to another instance on every request: start on one, send the
//     code from the next, check it on the third, set the password on the first, sign in
//     on the second. Each code and each notice is delivered once, by one instance.
//   * 50 wrong codes posted at once, spread over the three, count as 50 and no more than
//     5 of them are compared; the right code is refused afterwards.
//   * SIGTERM drains: a request that is half-way in when the signal comes is answered,
//     the instance exits 0, and journeys go on on the other two.
//
// It needs a PostgreSQL server: LATCHKEY_TEST_PG_URL (a role that may create databases),
// which the README's test command sets, starting a throwaway server when none answers.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { startServer, readOutbox, codeIn } from '../lib/harness.mjs';

const PG = process.env.LATCHKEY_TEST_PG_URL;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs one SQL statement with psql against `url`. */
function psql(url, sql) {
  return execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' });
}

/** A client as a script writes it: cookies and the page's CSRF field, no redirects; the
 * instance it talks to is chosen per request. */
class Hopper {
  constructor(servers) {
    this.servers = servers;
    this.next = 0;
    this.cookies = new Map();
    this.csrf = '';
    this.seen = [];
  }

  /** The instance for the next request: each request goes to another one. */
  pick() {
    const s = this.servers[this.next % this.servers.length];
    this.next += 1;
    this.seen.push(s.port);
    return s;
  }

  async request(method, path, form, server = this.pick()) {
    const headers = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body;
    if (form) {
      body = new URLSearchParams([['csrf', this.csrf], ...Object.entries(form)]).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(server.baseURL + path, { method, headers, body, redirect: 'manual' });
    const text = await res.text();
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      if (attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(i + 1).trim());
    }
    const csrf = text.match(/name="csrf" value="([^"]+)"/);
    if (csrf) this.csrf = csrf[1];
    return { status: res.status, location: res.headers.get('location') ?? '', body: text, port: server.port };
  }

  get(path, server) { return this.request('GET', path, undefined, server); }

  post(path, form, server) { return this.request('POST', path, form, server); }
}

/** The text of a page as a person reads it. */
function words(body) {
  return body.replace(/<[^>]*>/g, ' ').replace(/&#39;|&#x27;|&rsquo;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

/** Every message in the three outboxes, with the instance that wrote it. */
function outboxes(servers) {
  return servers.flatMap((s) => readOutbox(s.dataDir).map((m) => ({ ...m, instance: s.port })));
}

/** Waits for a message to `to` with a code that is not among `seen` (their bodies). */
async function codeFor(servers, to, seen) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const fresh = outboxes(servers).filter((m) => m.to === to && codeIn(m) !== null && !seen.has(m.body));
    if (fresh.length > 0) return { code: codeIn(fresh[0]), fresh };
    assert.ok(Date.now() < deadline, `a code reached ${to} within 10 s: ${JSON.stringify(outboxes(servers).map((m) => m.to))}`);
    await sleep(50);
  }
}

const codesTo = (servers, to) => new Set(outboxes(servers).filter((m) => m.to === to && codeIn(m) !== null).map((m) => m.body));

let servers = [];
let db = '';
let dbURL = '';

before(async () => {
  assert.ok(PG, 'LATCHKEY_TEST_PG_URL is not set: this test needs PostgreSQL (Debian: postgresql); ./scripts/test.sh starts one');
  db = `lk_instances_${process.pid}_${Date.now()}`;
  psql(PG, `CREATE DATABASE ${db}`);
  const u = new URL(PG);
  u.pathname = `/${db}`;
  dbURL = u.toString();
  const env = {
    LATCHKEY_DATABASE__URL: dbURL,
    LATCHKEY_LIMITS__STARTS_PER_ADDRESS: '1000',
    LATCHKEY_LIMITS__CHECKS_PER_ADDRESS: '1000',
    LATCHKEY_LIMITS__SENDS_PER_ADDRESS: '1000',
  };
  const first = await startServer({ env });
  servers.push(first);
  // The other two start together, with the first one's key.
  const key = { ...env, LATCHKEY_ENCRYPTION_KEY_FILE: path.join(first.dataDir, 'encryption.key') };
  servers.push(...await Promise.all([startServer({ env: key }), startServer({ env: key })]));
  const doc = JSON.parse((await first.cli(['policy', 'export', '--format', 'json'])).stdout);
  Object.assign(doc.sspr, { scope: 'all', methods: ['email'], methods_required: 1, use_directory_contacts: true });
  await servers[1].cli(['policy', 'apply', '-', '--format', 'json'], { input: JSON.stringify(doc) });
  for (let i = 0; i < 4; i++) {
    await servers[i % 3].cli(['user', 'add', `hop${i}`, '--first-name', 'Hop', '--last-name', `Tester${i}`,
      '--password-stdin', '--no-must-change', '--email', `hop${i}@work.example`, '--alternate-email', `hop${i}@home.example`], { input: 'Initial-Pass-Hop-1\n' });
  }
});

after(async () => {
  for (const s of servers) await s.stop();
  if (db) psql(PG, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
});

/** How many self-service events of `kind` (for `subject`) the shared database holds. */
function count(kind, subject) {
  const where = subject ? ` AND subject = '${subject}'` : '';
  return Number(psql(dbURL, `SELECT count(*) FROM sspr_events WHERE kind = '${kind}'${where}`).trim());
}

/** Starts a journey for `user` and sends an email code; returns the agent and the code. */
async function toCode(a, user) {
  const to = `${user}@home.example`;
  await a.get('/reset');
  const start = await a.post('/reset', { username: user });
  assert.equal(start.status, 303, `the journey starts: ${start.status} ${words(start.body).slice(0, 300)}`);
  const seen = codesTo(servers, to);
  const send = await a.post('/reset/verify/send', { channel: 'email', destination: to });
  assert.equal(send.status, 303, `the code is sent: ${send.status} ${words(send.body).slice(0, 300)}`);
  const { code } = await codeFor(servers, to, seen);
  // Whichever instance's worker sent it, it was sent once.
  await sleep(300);
  const { fresh } = await codeFor(servers, to, seen);
  assert.equal(fresh.length, 1, `one send, one message to ${to}: ${JSON.stringify(fresh.map((m) => m.instance))}`);
  return code;
}

test('reset journeys hop between three instances on every request; each code and notice is delivered once', { timeout: 120_000 }, async () => {
  for (let round = 0; round < 2; round++) {
    for (const user of ['hop0', 'hop1']) {
      const a = new Hopper(servers);
      a.next = round;
      const code = await toCode(a, user);
      const check = await a.post('/reset/verify/check', { channel: 'email', code });
      assert.equal(check.location, '/reset/password', `the code from another instance is accepted on :${check.port}: ${words(check.body).slice(0, 300)}`);
      const pw = `Hopping-${user}-Round-${round}-Otter`;
      await a.get('/reset/password');
      const set = await a.post('/reset/password', { new_password: pw, confirm_password: pw });
      assert.equal(set.status, 303, `the new password is set on :${set.port}: ${words(set.body).slice(0, 400)}`);
      const done = await a.get(set.location);
      assert.equal(done.status, 200);
      assert.match(words(done.body), /password (has been|was) (reset|changed)/i);
      assert.ok(new Set(a.seen).size === 3, `the journey used all three instances: ${a.seen}`);
      // Sign in with it on yet another instance.
      const b = new Hopper(servers);
      b.next = round + 1;
      await b.get('/');
      const signIn = await b.post('/', { username: user, password: pw });
      assert.equal(signIn.status, 303, `${user} signs in with the new password on :${signIn.port}: ${words(signIn.body).slice(0, 300)}`);
    }
  }
  // Each instance counts what it served; together they count every journey once.
  let completed = 0;
  for (const s of servers) {
    const m = await (await fetch(`${s.baseURL}/metrics`)).text();
    assert.match(m, /^latchkey_db_pool_connections\{state="in_use"\} \d+$/m, `:${s.port} reports its database pool`);
    assert.match(m, /^latchkey_http_request_duration_seconds_count\{route="\/reset[^"]*",method="POST",class="3xx"\} \d+$/m, `:${s.port} has per-route histograms`);
    const c = m.match(/^latchkey_journeys_completed_total\{intent="reset"\} (\d+)$/m);
    assert.ok(c, `:${s.port} counts completed journeys:\n${m.split('\n').filter((l) => l.includes('journeys')).join('\n')}`);
    completed += Number(c[1]);
  }
  assert.equal(completed, 4, 'four completed resets, counted once over the three instances');
  // Every notice of a completed reset is sent once, whichever instance's worker took it.
  await sleep(1500);
  for (const user of ['hop0', 'hop1']) {
    const to = `${user}@home.example`;
    const notices = outboxes(servers).filter((m) => m.to === to && codeIn(m) === null);
    const subjects = notices.map((m) => m.subject);
    assert.equal(notices.length, 2, `two resets, two notices to ${to}: ${JSON.stringify(subjects)}`);
  }
});

test('50 wrong codes at once over three instances count as 50; no more than 5 are compared', { timeout: 120_000 }, async () => {
  const a = new Hopper(servers);
  const code = await toCode(a, 'hop2');
  const fails = count('verify_fail');
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(code.length, '0');
  // Fifty requests of the same journey, all in flight together, round-robin.
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => a.post('/reset/verify/check', { channel: 'email', code: wrong }, servers[i % 3])));
  assert.ok(answers.every((r) => r.status < 500), `no 5xx: ${answers.map((r) => r.status)}`);
  assert.ok(answers.every((r) => r.location !== '/reset/password'), 'no wrong code passed');
  // Every one of the fifty is accounted for: compared and told it is wrong, or refused
  // without a comparison because the code's tries (or the account's) were used up by
  // the others, on whichever instance they ran.
  const kinds = {
    compared: /That code isn't right/,
    busy: /Several codes are being checked at once/,
    used_up: /There's no code waiting for this method|That code was entered wrongly too many times/,
    blocked: /You've tried too many times/,
  };
  const tally = Object.fromEntries(Object.keys(kinds).map((k) => [k, 0]));
  for (const r of answers) {
    const t = words(r.body);
    const kind = Object.keys(kinds).find((k) => kinds[k].test(t));
    assert.ok(kind, `an answer that says what happened: ${r.status} ${t.slice(0, 300)}`);
    tally[kind] += 1;
  }
  assert.equal(Object.values(tally).reduce((x, y) => x + y), 50, JSON.stringify(tally));
  const failed = count('verify_fail') - fails;
  assert.ok(tally.compared >= 1, `the first wrong codes are told they are wrong: ${JSON.stringify(tally)}`);
  assert.ok(failed <= 5, `at most 5 comparisons over the three instances, ${failed} were recorded (${JSON.stringify(tally)})`);
  assert.ok(tally.compared <= failed, `each "isn't right" is a recorded comparison: ${JSON.stringify(tally)}, ${failed} recorded`);
  // The right code no longer opens the journey, and the account is blocked on every
  // instance: the block lives in the shared store.
  const right = await a.post('/reset/verify/check', { channel: 'email', code });
  assert.notEqual(right.location, '/reset/password', `the right code after 50 wrong ones is refused: ${words(right.body).slice(0, 300)}`);
  for (const s of servers) {
    const b = new Hopper([s]);
    await b.get('/reset');
    assert.equal((await b.post('/reset', { username: 'hop2' })).status, 303);
    const send = await b.post('/reset/verify/send', { channel: 'email', destination: 'hop2@home.example' });
    assert.match(words(send.body), /You've tried too many times/, `hop2 is blocked on :${s.port} too`);
  }
});

test('SIGTERM drains: a request half-way in is answered, the instance exits 0, the others carry on', { timeout: 60_000 }, async () => {
  const leaving = servers[2];
  // Headers and half the body of a sign-in, then the signal, then the rest.
  const body = 'username=hop3&password=Initial-Pass-Hop-1';
  const sock = net.connect(leaving.port, '127.0.0.1');
  await new Promise((r) => sock.once('connect', r));
  let raw = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { raw += d; });
  const closed = new Promise((r) => sock.once('close', r));
  sock.write(`POST / HTTP/1.1\r\nHost: 127.0.0.1:${leaving.port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`);
  await sleep(200);
  const exit = leaving.stop();
  await sleep(300);
  sock.write(body.slice(10));
  await closed;
  assert.match(raw, /^HTTP\/1\.1 [2-4]\d\d /, `the request in flight got an answer: ${raw.slice(0, 200)}`);
  const { code, signal } = await exit;
  assert.equal(signal, null, 'the instance stopped by itself, not killed');
  assert.equal(code, 0, 'it exits 0 after draining');
  servers = servers.slice(0, 2);
  // The journey goes on over the two left.
  const a = new Hopper(servers);
  const c = await toCode(a, 'hop3');
  const check = await a.post('/reset/verify/check', { channel: 'email', code: c });
  assert.equal(check.location, '/reset/password', words(check.body).slice(0, 300));
});
