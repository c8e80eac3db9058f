// The proof-of-work human check in a real browser: the page's script solves the puzzle
// and the form carries the proof; without JavaScript the form still works, under the
// stricter per-address limit, and then gets a clear "Too many requests" page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, submit, checkA11y } from '../lib/harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({
    env: {
      LATCHKEY_CAPTCHA: 'pow',
      // One start without the proof an hour from an address; the proof lifts it to ten.
      LATCHKEY_LIMITS__STARTS_WITHOUT_PROOF_PER_ADDRESS: '1',
      LATCHKEY_LIMITS__STARTS_PER_ADDRESS: '10',
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function startJourney(page, name) {
  await page.goto('/reset');
  await page.getByLabel('Username', { exact: true }).fill(name);
  return submit(page, page.getByRole('button', { name: 'Next' }));
}

test('the browser solves the proof of work, so starts from one address pass the no-JavaScript limit', { timeout: 60_000 }, async () => {
  for (const name of ['mias', 'someone-else', 'a-third-name']) {
    const page = await newPage(browser, server.baseURL);
    const res = await startJourney(page, name);
    assert.equal(res.status(), 303);
    const path = new URL(page.url()).pathname;
    assert.ok(path.startsWith('/reset/'), `journey started for ${name}: ${path}`);
    assert.notEqual(await page.title(), 'Too many requests');
    const sent = res.request().postData() ?? '';
    assert.match(sent, /pow_number=\d+/, 'the form carried the number the script found');
    await page.context().close();
  }
});

test('without JavaScript the form still works, then says plainly to wait', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ baseURL: server.baseURL, javaScriptEnabled: false, bypassCSP: true });
  const page = await context.newPage();
  await startJourney(page, 'mias');
  assert.ok(new URL(page.url()).pathname.startsWith('/reset/'), page.url());
  const res = await startJourney(page, 'mias');
  assert.equal(res.status(), 429);
  assert.ok(Number(res.headers()['retry-after']) > 0, 'Retry-After is set');
  await page.getByRole('heading', { name: 'Too many requests' }).waitFor();
  assert.match(await page.textContent('main'), /Wait .* and try again/);
  await context.close();
  const a11y = await newPage(browser, server.baseURL);
  await a11y.goto('/reset');
  await checkA11y(a11y, 'reset start with the proof of work');
  await a11y.context().close();
});
