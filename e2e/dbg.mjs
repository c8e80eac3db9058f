import { startServer } from './lib/harness.mjs';
const s = await startServer();
const r = await fetch(s.baseURL + '/'); const html = await r.text();
const cookie = r.headers.get('set-cookie').split(';')[0];
const csrf = html.match(/name="csrf" value="([^"]+)"/)[1];
for (const origin of [null, 'null', s.baseURL]) {
  const h = { cookie, 'content-type': 'application/x-www-form-urlencoded' };
  if (origin) h.origin = origin;
  const p = await fetch(s.baseURL + '/', { method: 'POST', headers: h, body: `csrf=${csrf}&username=admin&password=Bootstrap-Admin-Pass-1`, redirect: 'manual' });
  console.log(origin, p.status, p.headers.get('location'));
}
await s.stop();
