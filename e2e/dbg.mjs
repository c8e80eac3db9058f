import { startServer, launchBrowser, newPage, signIn, ADMIN_PASSWORD } from './lib/harness.mjs';
const s = await startServer(); const b = await launchBrowser();
const p = await newPage(b, s.baseURL);
p.on('response', async r => { if (r.request().method()==='POST') console.log(r.status(), r.url(), JSON.stringify(await r.request().allHeaders())); });
await signIn(p, 'admin', ADMIN_PASSWORD);
console.log(p.url(), await p.locator('main').innerText());
await b.close(); await s.stop();
