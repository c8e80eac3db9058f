// The newest admin pages: "Audit logs" (filters, one journey step by step, JSON lines),
// "Usage & insights" (registration coverage, SVG charts, CSV of the unregistered,
// reminders) and "Password protection" (custom banned words, the tester, the strength
// meter on a user's own account page).

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_PASSWORD, launchBrowser, newPage, checkA11y, screenshot,
  signIn, signOut, submit, assertLogClean, outboxCount, readOutbox,
} from '../lib/harness.mjs';
import {
  withServer, watchErrors, follow, addUser, openPolicy, chooseScope, adminEnablesForAll,
  registerAdminAfterSave, assertInterrupted, assertAllSet, registerEmail,
  startReset, atStep, verifyWithCode, chooseNewPassword, resetDone,
} from '../lib/sspr.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Main → "Admin portal" → `name` in the admin side menu; waits for its heading. */
async function openAdmin(page, name, heading = name) {
  await follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin portal' }));
  if (name !== 'Home') {
    await follow(page, page.getByRole('navigation', { name: 'Admin portal' }).getByRole('link', { name, exact: true }));
  }
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The text of each cell of each body row of `table`. */
function cells(table) {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
}

/** A user signs in, is asked for one method, and registers an email address at /setup. */
async function userRegistersEmail(page, server, username, password, address) {
  await signIn(page, username, password);
  await assertInterrupted(page, 1);
  const code = await registerEmail(page, server, address);
  await assertAllSet(page);
  return code;
}

describe('admin portal: audit logs, usage & insights, password protection', () => {
  test('The audit viewer shows a complete journey', { timeout: 60_000 }, () => withServer(async (server) => {
    const JANE_PASSWORD = 'Saffron-Beacon-Ridge-52';
    const JANE_NEW = 'Cinder-Orbit-Lagoon-73';
    const JANE_HOME = 'jane.home@example.net';
    const STEPS = [
      'User submitted their user ID',
      'User started a verification option',
      'User completed a verification option',
      'User completed all verification steps required',
      'User submitted a new password',
      'Reset password (self-service)',
    ];
    const errors = [];
    const codes = [];
    await addUser(server, {
      username: 'janed', first: 'Jane', last: 'Doe', password: JANE_PASSWORD, email: 'jane.doe@example.org',
    });

    // SSPR for everyone; the administrator registers two methods on the way.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    await signOut(admin);

    // Jane registers an email address, then resets her password with it.
    const jane = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(await userRegistersEmail(jane, server, 'janed', JANE_PASSWORD, JANE_HOME));
    await signOut(jane);
    await startReset(jane, 'janed');
    assert.ok((await atStep(jane, 1)).includes('Email my alternate email'));
    codes.push(await verifyWithCode(jane, server, {
      method: 'Email my alternate email', destination: JANE_HOME, to: JANE_HOME, send: 'Email',
    }));
    const sent = outboxCount(server.dataDir);
    await chooseNewPassword(jane, JANE_NEW);
    await resetDone(jane, server, { email: 'jane.doe@example.org', after: sent });
    await jane.context().close();

    // Admin portal → Audit logs, filtered by the self-service reset.
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    assert.equal(new URL(admin.url()).pathname, '/admin');
    await openAdmin(admin, 'Audit logs');
    await admin.getByLabel('Activity', { exact: true }).selectOption({ label: 'Reset password (self-service)' });
    await follow(admin, admin.getByRole('button', { name: 'Apply filters' }));
    const url = new URL(admin.url());
    assert.equal(url.pathname, '/admin/audit');
    assert.equal(url.searchParams.get('activity'), 'Reset password (self-service)');
    assert.equal(await admin.getByLabel('Activity', { exact: true }).inputValue(), 'Reset password (self-service)',
      'the filter keeps its value');
    await admin.getByRole('status').filter({ hasText: /^\s*1 event\./ }).waitFor();
    const list = admin.getByRole('table', { name: 'Audit events, newest first' });
    const found = await cells(list);
    assert.equal(found.length, 1, `one self-service reset is listed, got ${JSON.stringify(found)}`);
    assert.match(found[0][1], /^Reset password \(self-service\)/);
    assert.equal(found[0][3], 'janed', 'the target is Jane');
    assert.equal(found[0][4], 'Success');
    await checkA11y(admin, 'admin: audit logs, filtered');

    // "Open journey": every step of Jane's reset, first to last.
    await follow(admin, list.getByRole('link', { name: 'Open journey' }));
    const correlationId = new URL(admin.url()).searchParams.get('correlation_id');
    assert.match(correlationId ?? '', /^[0-9a-f-]{36}$/, `the journey is opened by its correlation id (${admin.url()})`);
    await admin.getByText(`One journey, step by step (correlation id ${correlationId})`).waitFor();
    const journey = admin.getByRole('table', { name: 'Audit events, in order' });
    const steps = await cells(journey);
    const activities = steps.map((r) => r[1]);
    assert.equal(activities[0], STEPS[0], `the journey starts with "${STEPS[0]}": ${JSON.stringify(activities)}`);
    assert.equal(activities.at(-1), STEPS.at(-1), `the journey ends with "${STEPS.at(-1)}": ${JSON.stringify(activities)}`);
    let at = -1;
    for (const s of STEPS) {
      const i = activities.indexOf(s, at + 1);
      assert.ok(i > at, `"${s}" comes after the steps before it: ${JSON.stringify(activities)}`);
      at = i;
    }
    for (const r of steps) {
      assert.equal(r[3], 'janed', `every step is about Jane: ${JSON.stringify(r)}`);
      assert.equal(r[4], 'Success', `every step succeeded: ${JSON.stringify(r)}`);
    }
    const times = steps.map((r) => r[0]);
    assert.deepEqual([...times].sort(), times, 'the steps are in time order');
    await admin.getByRole('status').filter({ hasText: new RegExp(`^\\s*${steps.length} events\\.`) }).waitFor();
    assert.equal(await admin.getByRole('link', { name: 'Open journey' }).count(), 0, 'no "Open journey" inside a journey');
    assert.equal(await admin.getByRole('navigation', { name: 'Pages' }).count(), 0, 'a journey is one page');
    await checkA11y(admin, 'admin: audit logs, one journey');
    await screenshot(admin, 'admin-audit');

    // "Download as JSON lines" from the journey: the same events, one correlation id.
    const href = await admin.getByRole('link', { name: 'Download as JSON lines' }).getAttribute('href');
    assert.ok(href.includes(`correlation_id=${correlationId}`), `the export keeps the journey's filter (${href})`);
    const res = await admin.request.get(href);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /^application\/x-ndjson/);
    assert.match(res.headers()['content-disposition'] ?? '', /attachment/);
    const lines = (await res.text()).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    assert.equal(lines.length, steps.length, 'the export holds the events shown');
    assert.deepEqual(new Set(lines.map((e) => e.correlation_id)), new Set([correlationId]),
      'every exported line has the journey\'s correlation id');
    assert.deepEqual(lines.map((e) => e.activity), activities, 'the export is in the same order as the page');
    await admin.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, JANE_PASSWORD, JANE_NEW, ...codes]);
  }));

  test('Usage & insights renders the right numbers for a seeded data set', { timeout: 60_000 }, () => withServer(async (server) => {
    const PASSWORD = 'Harbor-Lattice-Plume-38';
    // Four testers (Dee has no email address) and Eve, who isn't in the group.
    const USERS = [
      { username: 'ana', first: 'Ana', last: 'Lopez', email: 'ana.lopez@example.org' },
      { username: 'ben', first: 'Ben', last: 'Okafor', email: 'ben.okafor@example.org' },
      { username: 'cal', first: 'Cal', last: 'Nguyen', email: 'cal.nguyen@example.org' },
      { username: 'dee', first: 'Dee', last: 'Walsh' },
      { username: 'eve', first: 'Eve', last: 'Marsh', email: 'eve.marsh@example.org' },
    ];
    const errors = [];
    const codes = [];
    /** What differs from the expected behaviour but lets the test go on. */
    const problems = [];
    for (const u of USERS) await addUser(server, { ...u, password: PASSWORD });
    await server.cli(['group', 'add', 'SSPRTesters', '--description', 'Testers of SSPR rollout']);
    for (const u of ['ana', 'ben', 'cal', 'dee']) await server.cli(['group', 'add-member', 'SSPRTesters', u]);

    // Properties: Selected, SSPRTesters. The administrator registers email and mobile.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    await openPolicy(admin, 'Properties');
    await chooseScope(admin, 'Selected', 'SSPRTesters');
    await submit(admin, admin.getByRole('button', { name: 'Save', exact: true }));
    codes.push(...await registerAdminAfterSave(admin, server));

    // Ana and Ben register an email address; Cal and Dee don't.
    for (const u of ['ana', 'ben']) {
      const p = watchErrors(await newPage(browser, server.baseURL), errors);
      codes.push(await userRegistersEmail(p, server, u, PASSWORD, `${u}.home@example.net`));
      await p.context().close();
    }

    // In scope: the 4 testers and the administrator (always in scope); registered: Ana,
    // Ben and the administrator.
    await openAdmin(admin, 'Usage & insights');
    const coverage = admin.getByRole('region', { name: 'Registration coverage' });
    await coverage.getByText('3 of 5 users who can use self-service password reset have registered enough methods to reset.').waitFor();
    assert.equal((await coverage.locator('p.big').innerText()).trim(), '60%');
    const byMethod = await cells(admin.getByRole('table', { name: 'Registered users by method' }));
    const row = (label) => byMethod.find((r) => r[0] === label);
    assert.deepEqual(row('Email'), ['Email', '3', '5'], `Email: Ana, Ben and the administrator, of 5 (${JSON.stringify(byMethod)})`);
    assert.deepEqual(row('Mobile phone (text message or call)'), ['Mobile phone (text message or call)', '1', '5'],
      `Mobile phone: the administrator (${JSON.stringify(byMethod)})`);
    assert.deepEqual(row('Mobile app code'), ['Mobile app code', '0', '5']);
    const byGroup = await cells(admin.getByRole('table', { name: /^Registration by group/ }));
    assert.deepEqual(byGroup, [['SSPRTesters', '2', '4']], 'SSPRTesters: 2 of its 4 members registered');

    // The charts: SVG images, each named by its own title.
    for (const name of ['Registered users by method', 'Registration by group', 'Resets and unlocks per day, last 30 days']) {
      const chart = admin.getByRole('img', { name, exact: true });
      assert.equal(await chart.count(), 1, `one chart named "${name}"`);
      const svg = await chart.evaluate((el) => ({
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role'),
        title: el.querySelector(':scope > title')?.textContent,
        labelledBy: el.getAttribute('aria-labelledby'),
        titleId: el.querySelector(':scope > title')?.id,
      }));
      assert.equal(svg.tag, 'svg');
      assert.equal(svg.role, 'img');
      assert.equal(svg.title, name, `the chart has a <title> "${name}"`);
      assert.equal(svg.labelledBy, svg.titleId, 'the chart is labelled by its title');
    }
    await admin.getByRole('img', { name: 'Registered users by method' }).getByText('3 of 5 (60%)').waitFor();
    // Every label and number of a chart is drawn whole: inside the chart, and not under a bar.
    const drawn = await admin.locator('svg[role="img"]').evaluateAll((svgs) => svgs.flatMap((svg) => {
      const vb = svg.viewBox.baseVal;
      const name = svg.querySelector(':scope > title')?.textContent;
      const bars = [...svg.querySelectorAll('rect')].map((r) => r.getBBox());
      return [...svg.querySelectorAll('text')].flatMap((t) => {
        const b = t.getBBox();
        const out = [];
        if (b.x < -0.5 || b.x + b.width > vb.width + 0.5) {
          out.push(`"${name}": "${t.textContent}" spans x ${Math.round(b.x)} to ${Math.round(b.x + b.width)}, outside the chart's width ${vb.width}`);
        }
        const under = bars.find((r) => r.x < b.x + b.width - 0.5 && b.x < r.x + r.width - 0.5 && r.y < b.y + b.height && b.y < r.y + r.height);
        if (under) out.push(`"${name}": "${t.textContent}" (x ${Math.round(b.x)} to ${Math.round(b.x + b.width)}) is drawn under a bar starting at x ${under.x}`);
        return out;
      });
    }));
    if (drawn.length) problems.push(`crates/web/src/charts.rs: chart text clipped or hidden:\n    ${drawn.join('\n    ')}`);

    // Not registered yet: Cal and Dee.
    const pending = admin.getByRole('region', { name: 'Not registered yet' });
    await pending.getByText('2 users.').waitFor();
    assert.deepEqual((await pending.getByRole('listitem').allInnerTexts()).map((t) => t.trim()).sort(),
      ['Cal Nguyen (cal)', 'Dee Walsh (dee)']);
    const csvLink = pending.getByRole('link', { name: 'Download as CSV' });
    const csv = await admin.request.get(await csvLink.getAttribute('href'));
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'], /^text\/csv/);
    const csvLines = (await csv.text()).split(/\r?\n/).filter((l) => l);
    assert.equal(csvLines[0], 'username,display_name,email');
    assert.deepEqual(csvLines.slice(1).map((l) => l.split(',')[0].replace(/"/g, '')).sort(), ['cal', 'dee'],
      `the CSV lists the unregistered users: ${JSON.stringify(csvLines)}`);
    assert.ok(csvLines.includes('"cal","Cal Nguyen","cal.nguyen@example.org"'), JSON.stringify(csvLines));
    await checkA11y(admin, 'admin: usage & insights');

    // A reminder to SSPRTesters: one email, to Cal (Dee has no address).
    const before = outboxCount(server.dataDir);
    await pending.getByLabel('Send a registration reminder to', { exact: true }).selectOption({ label: 'Members of SSPRTesters' });
    await submit(admin, pending.getByRole('button', { name: 'Send reminder' }));
    assert.equal(new URL(admin.url()).pathname, '/admin/reports');
    const remindedNotice = admin.getByRole('status').filter({ hasText: /A reminder was sent to 1 unregistered user/ });
    await remindedNotice.waitFor();
    const remindedText = (await remindedNotice.innerText()).trim();
    if (remindedText !== 'A reminder was sent to 1 unregistered user.') {
      problems.push(`crates/web/src/pages/admin/reports.rs: the notice reads "${remindedText}", not "A reminder was sent to 1 unregistered user."`);
    }
    const reminders = readOutbox(server.dataDir).slice(before);
    assert.deepEqual(reminders.map((m) => `${m.channel} ${m.to}`), ['email cal.nguyen@example.org'],
      'one reminder per unregistered member with an email address');
    assert.match(reminders[0].subject, /^Set up password reset for your .+ account$/);
    assert.ok(reminders[0].body.includes(`${server.baseURL}/setup`) || reminders[0].body.includes('/setup'),
      'the reminder links to /setup');
    await checkA11y(admin, 'admin: usage & insights, reminder sent');
    await screenshot(admin, 'admin-reports');
    await admin.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, PASSWORD, ...codes]);
    assert.deepEqual(problems, [], 'the reports page is as expected');
  }));

  test('Password protection', { timeout: 60_000 }, () => withServer(async (server) => {
    const LIAM_PASSWORD = 'Orchid-Tunnel-Vista-29';
    const BANNED = 'Fabr1kam26!';
    const REASON = 'contains a word your organization doesn';
    const errors = [];
    await addUser(server, {
      username: 'liam', first: 'Liam', last: 'Chen', password: LIAM_PASSWORD, email: 'liam.chen@example.org',
    });

    // The administrator bans "fabrikam".
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    assert.equal(new URL(admin.url()).pathname, '/admin');
    await openAdmin(admin, 'Password protection');
    await checkA11y(admin, 'admin: password protection');
    await admin.getByRole('group', { name: 'Enforce custom list' }).getByLabel('Yes', { exact: true }).check();
    await admin.getByLabel('Custom banned password list', { exact: true }).fill('fabrikam');
    await submit(admin, admin.getByRole('button', { name: 'Save', exact: true }));
    assert.equal(new URL(admin.url()).pathname, '/admin/password-protection');
    await admin.getByRole('status').filter({ hasText: 'Your changes were saved.' }).waitFor();
    assert.ok(await admin.getByRole('group', { name: 'Enforce custom list' }).getByLabel('Yes', { exact: true }).isChecked());
    assert.equal(await admin.getByLabel('Custom banned password list', { exact: true }).inputValue(), 'fabrikam');
    await checkA11y(admin, 'admin: password protection saved');

    // "Try a password": refused, with the term found; the sample isn't shown back.
    await admin.getByLabel('Sample password', { exact: true }).fill(BANNED);
    await submit(admin, admin.getByRole('button', { name: 'Test', exact: true }));
    const verdict = admin.getByRole('status').filter({ hasText: /Refused/ });
    await verdict.waitFor();
    const verdictText = await verdict.innerText();
    assert.match(verdictText, /^\s*Refused/, verdictText);
    assert.match(verdictText, new RegExp(REASON), verdictText);
    assert.match(verdictText, /banned terms found: fabrikam/, verdictText);
    assert.ok(!(await admin.content()).includes(BANNED), 'the sample password is not echoed in the page');
    await checkA11y(admin, 'admin: password protection, tested');
    await screenshot(admin, 'admin-protection');
    await signOut(admin);
    await admin.context().close();

    // Liam types the banned password on his account page: the meter says why.
    const liam = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(liam, 'liam', LIAM_PASSWORD);
    assert.equal(new URL(liam.url()).pathname, '/account');
    await liam.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await liam.getByLabel('Current password', { exact: true }).fill(LIAM_PASSWORD);
    await liam.getByLabel('New password', { exact: true }).fill(BANNED);
    const meter = liam.locator('#new_password-meter');
    await liam.waitForFunction(
      () => (document.querySelector('#new_password-meter')?.textContent ?? '').trim().length > 0,
      null, { timeout: 3_000 },
    );
    const meterText = (await meter.innerText()).trim();
    // A refused password is never shown as strong: the meter says it isn't accepted, and why.
    assert.match(meterText, /^Not accepted\./, meterText);
    assert.match(meterText, new RegExp(REASON), `the meter names the organization's banned word: "${meterText}"`);
    assert.notEqual(await meter.locator('.bar').getAttribute('data-score'), '', 'the bar shows a score');
    assert.equal(await meter.getAttribute('aria-live'), 'polite');
    assert.ok((await liam.getByLabel('New password', { exact: true }).getAttribute('aria-describedby')).split(/\s+/)
      .includes('new_password-meter'), 'the new password field is described by the meter');
    await checkA11y(liam, 'account: strength meter shown');
    await screenshot(liam, 'strength-meter');

    // Changing to it anyway is refused with the same reason.
    await liam.getByLabel('Confirm new password', { exact: true }).fill(BANNED);
    const res = await submit(liam, liam.getByRole('button', { name: 'Change password' }));
    assert.equal(res.status(), 400);
    const alert = liam.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), new RegExp(REASON));
    await checkA11y(liam, 'account: banned password refused');
    await signOut(liam);
    await signIn(liam, 'liam', LIAM_PASSWORD);
    assert.equal(new URL(liam.url()).pathname, '/account', 'the old password still works');
    await liam.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, LIAM_PASSWORD, BANNED]);
  }));
});
