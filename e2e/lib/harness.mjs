// Shared helpers for the browser end-to-end tests: a real Latchkey server on a free
// port with a fresh data folder, Debian's Chromium driven by playwright-core, axe-core
// accessibility checks and screenshots.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/** The e2e folder and the repository root. */
export const E2E_DIR = path.resolve(here, '..');
export const REPO_ROOT = path.resolve(E2E_DIR, '..');

/** The bootstrap administrator's password, given to every server started here. */
export const ADMIN_PASSWORD = 'Bootstrap-Admin-Pass-1';

/** Texts of the sign-in page, as the server words them. */
export const TEXT = {
  invalid: 'Your account or password is incorrect',
  locked: 'temporarily locked',
};

export const CHROMIUM = process.env.LATCHKEY_CHROMIUM || '/usr/bin/chromium';

function binaryPath() {
  const bin = process.env.LATCHKEY_BIN || 'target/debug/latchkey';
  return path.resolve(REPO_ROOT, bin);
}

/** A TCP port that was free a moment ago. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The environment every latchkey process (server or CLI) in the tests gets. */
function baseEnv(extra = {}) {
  const env = { ...process.env };
  // Nothing from the developer's shell may change what the tests see.
  for (const k of Object.keys(env)) {
    if (k.startsWith('LATCHKEY_') && k !== 'LATCHKEY_BIN' && k !== 'LATCHKEY_CHROMIUM') delete env[k];
  }
  return {
    ...env,
    LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LATCHKEY_PASSWORD_HASH__MEMORY_KIB: '1024',
    LATCHKEY_PASSWORD_HASH__ITERATIONS: '1',
    LATCHKEY_CAPTCHA: 'off',
    LATCHKEY_LOG__FORMAT: 'text',
    ...extra,
  };
}

/**
 * Starts `latchkey serve` on a free port with a fresh data folder, and waits until
 * /healthz answers 200. `env` adds or overrides environment variables.
 */
export async function startServer({ env = {} } = {}) {
  return startServerIn(mkdtempSync(path.join(tmpdir(), 'latchkey-e2e-')), { env });
}

/** Runs `latchkey ARGS` with `input` on stdin; resolves {code, stdout, stderr}, rejects on failure. */
export function runCli(args, { input = '', env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(binaryPath(), args, { env: baseEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ code, stdout, stderr });
      else reject(new Error(`latchkey ${args.join(' ')} exited with ${code}:\n${stdout}${stderr}`));
    });
    child.stdin.end(input);
  });
}

/** Launches Debian's Chromium headless. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 20_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser context (own cookies) and page on `baseURL`. CSP is bypassed only so
 * that axe-core can be injected; the pages' own CSP is checked separately.
 */
export async function newPage(browser, baseURL) {
  const context = await browser.newContext({
    baseURL,
    bypassCSP: true,
    viewport: { width: 1024, height: 768 },
    locale: 'en-US',
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(10_000);
  const page = await context.newPage();
  return page;
}

const AXE_PATH = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on the page and fails with the serious and critical violations,
 * naming the rule, its help text and the offending elements.
 */
export async function checkA11y(page, label) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  });
  const bad = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.filter((v) => !bad.includes(v));
  if (minor.length && process.env.A11Y_VERBOSE) {
    console.log(`[a11y ${label}] minor: ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
  }
  if (bad.length) {
    const text = bad
      .map((v) => `  - ${v.id} [${v.impact}]: ${v.help}\n${v.nodes.map((n) => `      ${n.target}\n        ${(n.summary || '').replace(/\n/g, '\n        ')}`).join('\n')}`)
      .join('\n');
    assert.fail(`Accessibility violations on ${label} (${page.url()}):\n${text}`);
  }
  return results;
}

/**
 * Saves a full-page PNG to e2e/artifacts/<name>.png, and also to
 * docs/screenshots/<name>.png when SCREENSHOTS=1.
 */
export async function screenshot(page, name) {
  const dirs = [path.join(E2E_DIR, 'artifacts')];
  if (process.env.SCREENSHOTS === '1') dirs.push(path.join(REPO_ROOT, 'docs', 'screenshots'));
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
  }
}

/** Fills the sign-in form at / and submits it. */
export async function signIn(page, username, password) {
  await page.goto('/');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await submit(page, page.getByRole('button', { name: 'Sign in' }));
}

/** Clicks a button that submits a form, and waits for the page that answers it. */
export async function submit(page, button) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === 'POST'),
    page.waitForNavigation({ waitUntil: 'load' }),
    button.click(),
  ]);
  if (response.status() === 403 && (await page.title()).startsWith('Your form expired')) {
    const origin = await response.request().headerValue('origin');
    assert.fail(
      `the server refused the form as a cross-site request (403 "Your form expired"); ` +
      `the browser sent Origin: ${origin} for ${response.request().method()} ${response.url()}`,
    );
  }
  return response;
}

/** Clicks "Sign out" in the header and waits for the sign-in page. */
export async function signOut(page) {
  await submit(page, page.getByRole('button', { name: 'Sign out' }));
  await page.waitForURL((u) => u.pathname === '/' && u.search.includes('signed_out=1'));
}

/**
 * Fails if the server's output contains any of `secrets` (passwords, answers, codes), or
 * an Argon2 hash. A secret made only of digits (a one-time code) counts only as a whole
 * number, not next to letters, digits or a dot: the log's timestamps, durations and
 * hexadecimal request ids are full of digit runs that would match by chance. A code is
 * also looked for as a voice call speaks it ("1, 2, 3, …").
 */
export function assertLogClean(server, secrets) {
  const log = server.log;
  for (const s of secrets) {
    if (!s) continue;
    if (/^\d+$/.test(s)) {
      const whole = new RegExp(`(?<![0-9A-Za-z.])${s}(?![0-9A-Za-z])`);
      assert.ok(!whole.test(log), `the server log contains a one-time code (${s.slice(0, 2)}…):\n${log}`);
      assert.ok(!log.includes(s.split('').join(', ')), `the server log contains a spoken one-time code:\n${log}`);
    } else {
      assert.ok(!log.includes(s), `the server log contains a secret (${s.slice(0, 3)}…):\n${log}`);
    }
  }
  assert.ok(!log.includes('$argon2'), `the server log contains a password hash:\n${log}`);
}

// ------------------------------------------------------------------ outbox and codes

/**
 * Every message the server has sent so far: `<dataDir>/outbox.jsonl`, one JSON object a
 * line, {time, channel: "email"|"sms"|"voice", to, subject, body}. A line being written
 * right now (not yet complete) is left out.
 */
export function readOutbox(dataDir) {
  const file = path.join(dataDir, 'outbox.jsonl');
  if (!existsSync(file)) return [];
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      break;
    }
  }
  return out;
}

/** How many messages are in the outbox now: pass it as `after` to wait for a newer one. */
export function outboxCount(dataDir) {
  return readOutbox(dataDir).length;
}

/**
 * Waits (up to `timeout` ms) for the newest message, among those after the first `after`,
 * that `predicate` accepts, and returns it.
 */
export async function waitForMessage(dataDir, predicate, { after = 0, timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const all = readOutbox(dataDir);
    for (let i = all.length - 1; i >= after; i--) {
      if (predicate(all[i])) return all[i];
    }
    if (Date.now() > deadline) {
      const seen = all.slice(after).map((m) => `${m.channel} to ${m.to}: ${m.subject || m.body.slice(0, 40)}`);
      throw new Error(`no matching message in the outbox within ${timeout} ms; messages: ${JSON.stringify(seen)}`);
    }
    await sleep(100);
  }
}

/**
 * The verification code in a message, or null: 8 digits in a verification email, 6 in a
 * text message, the digits a voice call reads out ("1, 2, 3, 4, 5, 6").
 */
export function codeIn(message) {
  const body = message.body || '';
  if (message.channel === 'email') {
    if (!/verification code/i.test(message.subject || '')) return null;
    return body.match(/(?<![0-9A-Za-z])(\d{8})(?![0-9A-Za-z])/)?.[1] ?? null;
  }
  if (message.channel === 'sms') return body.match(/(?<!\d)(\d{6})(?!\d)/)?.[1] ?? null;
  if (message.channel === 'voice') {
    const spoken = body.match(/\d(?:\s*,\s*\d){5,}/)?.[0];
    return spoken ? spoken.replace(/\D/g, '') : null;
  }
  return null;
}

/**
 * Polls the outbox (up to 5 s) for the newest message with a code sent to `to` (an email
 * address, any case, or a phone number in E.164 form) and returns the code.
 */
export async function lastCode(dataDir, to, { after = 0, timeout = 5_000 } = {}) {
  const want = to.toLowerCase();
  const m = await waitForMessage(dataDir, (x) => String(x.to).toLowerCase() === want && codeIn(x) !== null, { after, timeout });
  return codeIn(m);
}

// ------------------------------------------------------------------ authenticator app

/** The 30-second TOTP step a Unix time (seconds; default now) falls in. */
export function totpStep(unix = Date.now() / 1000) {
  return Math.floor(unix / 30);
}

/**
 * The code an authenticator app shows for `secret` (base32, spaces allowed), from
 * `oathtool --totp`; at `unix` seconds when given, else now.
 */
export function totpCode(secret, unix) {
  const args = ['--totp', '-b'];
  if (unix !== undefined) args.push('-N', `@${Math.floor(unix)}`);
  args.push(secret.replace(/\s+/g, ''));
  return execFileSync('oathtool', args, { encoding: 'utf8' }).trim();
}

/**
 * Waits until the TOTP step `step` has begun (a code can be used once per step) and
 * returns the app's code for the current step.
 */
export async function freshTotpCode(secret, step) {
  for (;;) {
    const ms = step * 30_000 - Date.now();
    if (ms <= 0) break;
    await sleep(ms + 50);
  }
  return totpCode(secret);
}

// ------------------------------------------------------------------ a data folder prepared first

/**
 * Starts `latchkey serve` on a free port with `dataDir`, a data folder the test has
 * already prepared (for example with `runCli([...,'--data-dir', dataDir])` before the first
 * `serve`, as an operator may), and waits until /healthz answers 200. Returns what
 * `startServer` returns; `stop()` also removes `dataDir`.
 */
export async function startServerIn(dataDir, { env = {} } = {}) {
  const bin = binaryPath();
  if (!existsSync(bin)) {
    throw new Error(`latchkey binary not found at ${bin}: build it (cargo build) or set LATCHKEY_BIN`);
  }
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir], {
    env: baseEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });
  const deadline = Date.now() + 10_000;
  let lastError = '';
  for (;;) {
    if (exited) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`latchkey exited early (${JSON.stringify(exited)}). Its output:\n${log}`);
    }
    try {
      const res = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) break;
      lastError = `status ${res.status}`;
    } catch (e) {
      lastError = String(e?.cause?.code || e?.message || e);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exitPromise;
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`latchkey did not answer /healthz within 10 s (last: ${lastError}). Its output:\n${log}`);
    }
    await sleep(100);
  }
  return {
    /** Where the browser should go. */
    baseURL,
    serverURL: baseURL,
    port,
    dataDir,
    /** Everything the server printed so far (stdout and stderr). */
    get log() { return log; },
    /** Runs the latchkey CLI against this server's data folder. */
    cli(args, { input = '' } = {}) {
      return runCli([...args, '--data-dir', dataDir], { input, env });
    },
    /** SIGTERM, then waits for the exit (SIGKILL after 10 s); removes the data folder. */
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exitPromise;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
      return exited;
    },
  };
}
