// Issue 14's registration campaigns in a real browser: the settings page reached from
// "Usage & insights", turned on and saved; importing contact details from a CSV file with
// its preview, a refused file with the line of each bad row, then the import applied.
// axe on every page.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_PASSWORD, launchBrowser, newPage, checkA11y, signIn, submit, assertLogClean,
} from '../lib/harness.mjs';
import { withServer, watchErrors, follow, addUser } from '../lib/sspr.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('registration campaigns', () => {
  test('An administrator turns the campaign on and imports contact details with a preview', { timeout: 60_000 }, () => withServer(async (server) => {
    await addUser(server, { username: 'mia', first: 'Mia', last: 'Steele', password: 'Saffron-Beacon-Ridge-52', email: 'mia@example.org' });
    const admin = await newPage(browser, server.baseURL);
    const errors = [];
    watchErrors(admin, errors);
    await signIn(admin, 'admin', ADMIN_PASSWORD);

    // Usage & insights → the campaign's settings, off until turned on.
    await follow(admin, admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin portal' }));
    await follow(admin, admin.getByRole('navigation', { name: 'Admin portal' }).getByRole('link', { name: 'Usage & insights', exact: true }));
    await admin.getByRole('heading', { level: 2, name: 'Coverage over time' }).waitFor();
    await admin.getByRole('img', { name: 'Share of users in scope registered, per day' }).waitFor();
    await checkA11y(admin, 'admin: usage & insights with coverage over time');
    await follow(admin, admin.getByRole('link', { name: 'Registration campaign settings' }));
    await admin.getByRole('heading', { level: 1, name: 'Registration campaign' }).waitFor();
    await admin.getByText('Off: no reminders are sent.').waitFor();
    await checkA11y(admin, 'admin: registration campaign');
    await admin.getByLabel('Send registration reminders').check();
    await admin.getByLabel('Days between reminders').fill('14');
    await submit(admin, admin.getByRole('button', { name: 'Save' }));
    await admin.getByRole('status').filter({ hasText: 'settings were saved' }).waitFor();
    await admin.getByText('On: reminders go out every 14 days.').waitFor();
    await checkA11y(admin, 'admin: registration campaign saved');

    // Contact details from a file: a bad file names its lines and changes nothing.
    await follow(admin, admin.getByRole('link', { name: 'Import contact details from a file' }));
    await admin.getByRole('heading', { level: 1, name: 'Import contact details' }).waitFor();
    await checkA11y(admin, 'admin: import contact details');
    const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await admin.getByLabel('CSV file').setInputFiles(file('bad.csv', 'username,mobile_phone\nmia,+1 425 555 0100\nnobody,+14255550101\n'));
    await submit(admin, admin.getByRole('button', { name: 'Check the file' }));
    const bad = admin.getByRole('table', { name: "Rows that can't be imported" });
    await bad.waitFor();
    assert.match(await bad.innerText(), /3\s+nobody\s+username: There is no user called/);
    await checkA11y(admin, 'admin: import contact details, bad rows');

    // A good file: the preview, then the import.
    await admin.getByLabel('CSV file').setInputFiles(file('staff.csv', 'username,mobile_phone\nmia,+1 425 555 0100\n'));
    await submit(admin, admin.getByRole('button', { name: 'Check the file' }));
    const preview = admin.getByRole('table', { name: 'Contact details that will change' });
    await preview.waitFor();
    assert.match(await preview.innerText(), /mia\s+mobile_phone\s+\+14255550100/);
    await checkA11y(admin, 'admin: import contact details, preview');
    await submit(admin, admin.getByRole('button', { name: 'Import the contact details of 1 user' }));
    await admin.getByRole('status').filter({ hasText: 'The contact details of 1 user were changed.' }).waitFor();
    await checkA11y(admin, 'admin: import contact details, done');
    const shown = await server.cli(['user', 'show', 'mia']);
    assert.match(shown.stdout, /\+14255550100/);

    assert.deepEqual(errors, [], 'no script errors in the pages');
    await admin.context().close();
    assertLogClean(server, ['Saffron-Beacon-Ridge-52']);
  }));
});
