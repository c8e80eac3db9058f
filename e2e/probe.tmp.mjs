import { startServer, launchBrowser, newPage } from './lib/harness.mjs';
import { startReset, atStep, chooseMethod } from './lib/sspr.mjs';
const server = await startServer();
const browser = await launchBrowser();
try {
  const p = await newPage(browser, server.baseURL);
  for (const n of ['noah', 'a1', 'b2', 'c3', 'd4', 'e5']) {
    await startReset(p, n);
    const m = await atStep(p, 1);
    await chooseMethod(p, m[0]);
    const hint = await p.locator('#destination-hint, #code-hint').first().innerText();
    console.log(n, JSON.stringify(m), hint);
  }
} finally { await browser.close(); await server.stop(); }
