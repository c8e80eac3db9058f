// Seed 003, end to end against real directory servers: a hybrid user synced from Samba
// AD (and, the same, from OpenLDAP with ppolicy), in a synced group that is the SSPR
// target, resets through /reset and then binds to the directory with the new password
// (the old one refused); an account the directory locked is unlocked without a reset.
// The administrator syncs, sets the switches and chooses the group in the portal.
//
// The servers are the ones ./scripts/test.sh installs and starts (scripts/ldap/*.sh),
// whose LATCHKEY_TEST_* variables are read here. Samba has one set of ports and one
// domain: these tests run one after the other, never beside the Rust AD tests.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  ADMIN_PASSWORD, startServer, launchBrowser, newPage, checkA11y, screenshot,
  signIn, signOut, submit, assertLogClean, outboxCount,
} from '../lib/harness.mjs';
import {
  watchErrors, openPolicy, savePolicy, chooseScope, registerAdminAfterSave,
  assertInterrupted, assertAllSet, registerEmail, startReset, atStep, verifyWithCode,
  chooseNewPassword, resetDone,
} from '../lib/sspr.mjs';

// ------------------------------------------------------------------ the directory servers

/** A variable ./scripts/test.sh exports; fails (never skips) when it is missing. */
function need(name) {
  const v = process.env[name];
  if (!v) {
    throw new Error(`${name} is not set: these tests need the OpenLDAP and Samba AD servers that ` +
      './scripts/test.sh installs and starts (scripts/ldap/openldap.sh and samba.sh; ' +
      '`eval "$(scripts/ldap/openldap.sh env)"; eval "$(scripts/ldap/samba.sh env)"` after starting them by hand)');
  }
  return v;
}

/** Runs an OpenLDAP client tool trusting the test CA; returns {ok, out}. */
function ldapTool(tool, args, input = '') {
  try {
    const out = execFileSync(tool, args, {
      input,
      encoding: 'utf8',
      env: { ...process.env, LDAPTLS_CACERT: need('LATCHKEY_TEST_LDAP_CA') },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 20_000,
    });
    return { ok: true, out };
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error(`${tool} not found: apt-get install -y ldap-utils`);
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Applies `ldif` with `ldapmodify -a` bound as `dn`; fails with the tool's words. */
function ldapModify(url, [dn, password], ldif) {
  const r = ldapTool('ldapmodify', ['-x', '-a', '-H', url, '-D', dn, '-w', password], ldif);
  assert.ok(r.ok, `ldapmodify failed: ${r.out}\n${ldif}`);
}

/** Whether `dn` binds with `password` (a base search of the root DSE, which Samba answers). */
function binds(url, dn, password) {
  return ldapTool('ldapsearch', ['-x', '-H', url, '-D', dn, '-w', password, '-b', '', '-s', 'base', 'objectClass']).ok;
}

/** One attribute of an entry, read as the directory's administrator. */
function readAttr(url, [adminDn, adminPassword], dn, attr) {
  const r = ldapTool('ldapsearch', ['-x', '-LLL', '-o', 'ldif-wrap=no', '-H', url, '-D', adminDn, '-w', adminPassword,
    '-b', dn, '-s', 'base', attr]);
  assert.ok(r.ok, `ldapsearch ${dn} ${attr} failed: ${r.out}`);
  const key = `${attr.toLowerCase()}: `;
  const line = r.out.split('\n').find((l) => l.toLowerCase().startsWith(key));
  return line ? line.slice(key.length) : null;
}

/**
 * A fresh prefix for this test's entries, so tests (and runs) share a server safely.
 * Letters only: a digit in a name would be read as part of a code in the messages.
 */
const prefix = () => `lk${randomUUID().replace(/-/g, '').slice(0, 8)
  .replace(/[0-9]/g, (d) => String.fromCharCode(103 + Number(d)))}`;

/** AD `unicodePwd`: the quoted password in UTF-16LE, base64 for LDIF. */
const unicodePwd = (password) => Buffer.from(`"${password}"`, 'utf16le').toString('base64');

function samba() {
  const base = need('LATCHKEY_TEST_AD_BASE');
  return {
    url: need('LATCHKEY_TEST_AD_URL'),
    base,
    ou: need('LATCHKEY_TEST_AD_OU'),
    admin: [need('LATCHKEY_TEST_AD_ADMIN_DN'), need('LATCHKEY_TEST_AD_ADMIN_PASSWORD')],
    service: [need('LATCHKEY_TEST_AD_SERVICE_DN'), need('LATCHKEY_TEST_AD_SERVICE_PASSWORD')],
    /** DC=example,DC=test → example.test, for userPrincipalName. */
    realm: base.split(',').map((p) => p.replace(/^DC=/i, '')).join('.'),
  };
}

function openldap() {
  return {
    url: need('LATCHKEY_TEST_OPENLDAP_URL'),
    base: need('LATCHKEY_TEST_OPENLDAP_BASE'),
    admin: [need('LATCHKEY_TEST_OPENLDAP_ADMIN_DN'), need('LATCHKEY_TEST_OPENLDAP_ADMIN_PASSWORD')],
    service: [need('LATCHKEY_TEST_OPENLDAP_SERVICE_DN'), need('LATCHKEY_TEST_OPENLDAP_SERVICE_PASSWORD')],
  };
}

/** The `[ldap]` settings (startServer passes no LATCHKEY_* variable of its own shell on). */
function ldapEnv({ url, service: [bindDn, bindPassword], userBase, groupBase, userFilter, groupFilter }) {
  return {
    LATCHKEY_LDAP__URLS: url,
    LATCHKEY_LDAP__CA_FILE: need('LATCHKEY_TEST_LDAP_CA'),
    LATCHKEY_LDAP__BIND_DN: bindDn,
    LATCHKEY_LDAP__BIND_PASSWORD: bindPassword,
    LATCHKEY_LDAP__USER_BASE: userBase,
    LATCHKEY_LDAP__GROUP_BASE: groupBase,
    LATCHKEY_LDAP__USER_FILTER: userFilter,
    LATCHKEY_LDAP__GROUP_FILTER: groupFilter,
    LATCHKEY_LDAP__SYNC_INTERVAL_MINUTES: '0',
  };
}

// ------------------------------------------------------------------ the journey

/**
 * Seed 003 in the browser. `dir` says how to reach the directory: `env` ([ldap]),
 * `bindDn` (how the user binds with ldapsearch), `lockedCheck` (optional: what the
 * directory holds once unlocked), `mail` (the account's email from the directory), and
 * `shot` (the README's screenshot of the On-premises integration page).
 */
async function seed003(browser, dir) {
  const { url, username, group, password, newPassword, home, mail, bindDn } = dir;
  const WRONG = ['Wrong#Guess-1', 'Wrong#Guess-2', 'Wrong#Guess-3'];
  const errors = [];
  const codes = [];
  const server = await startServer({ env: dir.env });
  try {
    // The bootstrap administrator syncs from the directory: one user, one group.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    assert.equal(new URL(admin.url()).pathname, '/admin');
    await openPolicy(admin, 'On-premises integration');
    const directory = admin.getByRole('region', { name: 'Your on-premises directory' });
    await directory.getByText(url).waitFor();
    await directory.getByText('No sync has run yet.').waitFor();
    const synced = await submit(admin, admin.getByRole('button', { name: 'Sync now' }));
    assert.equal(synced.status(), 200, 'Sync now answers 200');
    const summary = admin.getByRole('status').filter({ hasText: 'The sync finished' });
    await summary.waitFor();
    const said = await summary.innerText();
    assert.match(said, /users: 1 created/, `the summary counts one user: ${said}`);
    assert.match(said, /groups: 1 created/, `the summary counts one group: ${said}`);
    assert.match(said, /0 skipped/, `nothing was left out: ${said}`);
    await checkA11y(admin, 'admin: on-premises, sync result');

    // Write-back is on by default; allow unlocking without a reset.
    const writeback = admin.getByRole('group', { name: 'Write back passwords to your on-premises directory?' });
    const unlock = admin.getByRole('group', { name: 'Allow users to unlock accounts without resetting their password?' });
    assert.ok(await writeback.getByLabel('Yes', { exact: true }).isChecked(), 'write-back is on by default');
    await unlock.getByLabel('Yes', { exact: true }).check();
    await savePolicy(admin, 'On-premises integration');
    assert.ok(await writeback.getByLabel('Yes', { exact: true }).isChecked());
    assert.ok(await unlock.getByLabel('Yes', { exact: true }).isChecked());
    assert.match(await directory.innerText(), /Last sync\s+.*worked\. users: 1 created/);
    if (dir.shot) await screenshot(admin, dir.shot);

    // Properties → Selected → the synced group; the administrator then registers.
    await openPolicy(admin, 'Properties');
    await chooseScope(admin, 'Selected', group);
    await submit(admin, admin.getByRole('button', { name: 'Save', exact: true }));
    codes.push(...await registerAdminAfterSave(admin, server));
    await openPolicy(admin, 'Properties');
    assert.ok(await admin.getByLabel('Selected', { exact: true }).isChecked());
    assert.equal(await admin.getByLabel('Selected group', { exact: true }).locator('option:checked').innerText(), group);
    await signOut(admin);
    await admin.context().close();

    // The hybrid user signs in with their directory password and registers an email.
    const user = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(user, username, password);
    await assertInterrupted(user, 1);
    await checkA11y(user, 'setup: hybrid user interrupted');
    codes.push(await registerEmail(user, server, home));
    await assertAllSet(user);
    await signOut(user);

    // "I forgot my password": email code, a new password, written to the directory.
    await startReset(user, username);
    assert.equal(new URL(user.url()).pathname, '/reset/options');
    assert.ok(await user.getByLabel('I forgot my password').isChecked());
    await submit(user, user.getByRole('button', { name: 'Next' }));
    assert.deepEqual(await atStep(user, 1), ['Email my alternate email']);
    codes.push(await verifyWithCode(user, server, {
      method: 'Email my alternate email', destination: home, to: home, send: 'Email',
    }));
    let sent = outboxCount(server.dataDir);
    await chooseNewPassword(user, newPassword);
    await resetDone(user, server, { email: mail, after: sent });
    assert.ok(binds(url, bindDn, newPassword), 'the directory takes the new password');
    assert.ok(!binds(url, bindDn, password), 'the directory refuses the old password');

    // Three bad binds lock the account in the directory; Latchkey refuses it too.
    for (const w of WRONG) assert.ok(!binds(url, bindDn, w));
    assert.ok(!binds(url, bindDn, newPassword), 'locked in the directory');
    await signIn(user, username, newPassword);
    assert.equal(new URL(user.url()).pathname, '/', 'a locked account does not sign in');

    // "I know my password, but still can't sign in": unlocked, the password unchanged.
    await startReset(user, username);
    assert.equal(new URL(user.url()).pathname, '/reset/options');
    await user.getByLabel("I know my password, but still can't sign in").check();
    await submit(user, user.getByRole('button', { name: 'Next' }));
    assert.deepEqual(await atStep(user, 1), ['Email my alternate email']);
    sent = outboxCount(server.dataDir);
    codes.push(await verifyWithCode(user, server, {
      method: 'Email my alternate email', destination: home, to: home, send: 'Email',
    }));
    await resetDone(user, server, { email: mail, unlock: true, after: sent });
    assert.ok(binds(url, bindDn, newPassword), 'unlocked in the directory, same password');
    if (dir.lockedCheck) dir.lockedCheck();
    await signIn(user, username, newPassword);
    assert.equal(new URL(user.url()).pathname, '/account', 'the unchanged password signs in again');
    await user.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await user.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, password, newPassword, dir.env.LATCHKEY_LDAP__BIND_PASSWORD, ...WRONG, ...codes]);
  } finally {
    await server.stop();
  }
}

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('on-premises directory (seed 003)', { concurrency: false }, () => {
  test('Active Directory: a synced hybrid user resets, AD takes the new password, and unlocks without a reset', { timeout: 120_000 }, async () => {
    const d = samba();
    const p = prefix();
    const sam = `${p}Hybrid`;
    const group = `${p}SSPR-Users`;
    const PASSWORD = 'Initial#Pass1';
    // The user in the OU the service account was delegated, and the group with them in it.
    const dn = `CN=${sam},${d.ou}`;
    ldapModify(d.url, d.admin, [
      `dn: ${dn}`, 'objectClass: user', `sAMAccountName: ${sam}`, `userPrincipalName: ${sam}@${d.realm}`,
      'givenName: Hybrid', 'sn: User', `displayName: Hybrid User ${sam}`, `mail: ${sam}@${d.realm}`,
      `unicodePwd:: ${unicodePwd(PASSWORD)}`, 'userAccountControl: 512', '',
    ].join('\n'));
    ldapModify(d.url, d.admin, [
      `dn: CN=${group},${d.ou}`, 'objectClass: group', `sAMAccountName: ${group}`, `member: ${dn}`, '',
    ].join('\n'));
    assert.ok(binds(d.url, `${sam}@${d.realm}`, PASSWORD), 'the new AD account binds');

    await seed003(browser, {
      url: d.url,
      env: ldapEnv({
        url: d.url,
        service: d.service,
        userBase: d.base,
        groupBase: d.base,
        userFilter: `(&(objectCategory=person)(objectClass=user)(sAMAccountName=${p}*))`,
        groupFilter: `(&(objectClass=group)(cn=${p}*))`,
      }),
      username: sam.toLowerCase(),
      group,
      password: PASSWORD,
      newPassword: 'Hybrid#Horse-2026',
      home: 'hybrid.home@example.net',
      mail: `${sam}@${d.realm}`,
      bindDn: `${sam}@${d.realm}`,
      lockedCheck: () => assert.equal(readAttr(d.url, d.admin, dn, 'lockoutTime'), '0', 'lockoutTime=0 in AD'),
      shot: 'onprem-integration',
    });
  });

  test('OpenLDAP with ppolicy: a synced user resets, the directory takes the new password, and unlocks without a reset', { timeout: 120_000 }, async () => {
    const d = openldap();
    const p = prefix();
    const uid = `${p}hybrid`;
    const group = `${p}SSPR-Users`;
    const PASSWORD = 'Initial#Pass1';
    const dn = `uid=${uid},ou=people,${d.base}`;
    ldapModify(d.url, d.admin, [
      `dn: ${dn}`, 'objectClass: inetOrgPerson', `uid: ${uid}`, `cn: Hybrid User ${uid}`, 'sn: User',
      'givenName: Hybrid', `mail: ${uid}@example.org`, `userPassword: ${PASSWORD}`, '',
    ].join('\n'));
    ldapModify(d.url, d.admin, [
      `dn: cn=${group},ou=groups,${d.base}`, 'objectClass: groupOfNames', `cn: ${group}`, `member: ${dn}`, '',
    ].join('\n'));
    assert.ok(binds(d.url, dn, PASSWORD), 'the new OpenLDAP account binds');

    await seed003(browser, {
      url: d.url,
      env: ldapEnv({
        url: d.url,
        service: d.service,
        userBase: `ou=people,${d.base}`,
        groupBase: `ou=groups,${d.base}`,
        userFilter: `(&(objectClass=inetOrgPerson)(uid=${p}*))`,
        groupFilter: `(&(objectClass=groupOfNames)(cn=${p}*))`,
      }),
      username: uid,
      group,
      password: PASSWORD,
      newPassword: 'Journey#Horse-77',
      home: 'hybrid.home@example.net',
      mail: `${uid}@example.org`,
      bindDn: dn,
      lockedCheck: () => assert.equal(readAttr(d.url, d.admin, dn, 'pwdAccountLockedTime'), null,
        'pwdAccountLockedTime is gone'),
    });
  });
});
