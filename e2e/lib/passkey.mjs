// Passkeys in the browser tests: Chromium's virtual authenticator (DevTools protocol,
// WebAuthn domain) stands in for a phone or laptop with a screen lock, so the real
// WebAuthn ceremonies run end to end. WebAuthn needs a host name as relying party, so
// pages that use passkeys are opened at http://localhost:PORT (localURL), which is also
// what Latchkey takes as its relying party when no public_url is set.

import assert from 'node:assert/strict';
import { checkA11y } from './harness.mjs';
import { follow, chooseMethod } from './sspr.mjs';

/** The server's address with `localhost` instead of 127.0.0.1 (a WebAuthn RP id can't be an IP). */
export function localURL(server) {
  return server.baseURL.replace('//127.0.0.1:', '//localhost:');
}

/**
 * Adds a virtual platform authenticator (CTAP2, internal, resident keys, user
 * verification that succeeds) to `page`'s tab. Returns { cdp, authenticatorId, credentials() }.
 * `options` override the authenticator's (e.g. { isUserVerified: false }).
 */
export async function addVirtualAuthenticator(page, options = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      ...options,
    },
  });
  return {
    cdp,
    authenticatorId,
    /** The credentials the authenticator holds (id, rpId, signCount, …). */
    async credentials() {
      return (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
    },
  };
}

/**
 * On /setup: "Add a passkey" → /setup/passkey → name → "Create passkey" (the virtual
 * authenticator answers) → back on /setup with "Added." and the passkey listed. Checks
 * both pages with axe-core.
 */
export async function registerPasskey(page, name) {
  await follow(page, page.getByRole('link', { name: 'Add a passkey' }));
  assert.equal(new URL(page.url()).pathname, '/setup/passkey');
  await page.getByRole('heading', { level: 1, name: 'Add a passkey' }).waitFor();
  await checkA11y(page, 'setup: add a passkey');
  await page.getByLabel('Name for this passkey', { exact: true }).fill(name);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/setup' && u.search === '?added=1'),
    page.getByRole('button', { name: 'Create passkey' }).click(),
  ]);
  await page.getByRole('status').filter({ hasText: 'Added.' }).waitFor();
  await page.getByRole('region', { name: 'Passkeys', exact: true })
    .getByRole('button', { name: `Remove ${name}` }).waitFor();
  await checkA11y(page, 'setup: passkey added');
}

/**
 * At a verification step: "Use a passkey" → "Use my passkey" (the virtual authenticator
 * answers); waits for the page the server sends the browser to (`expect`, a path).
 */
export async function verifyWithPasskey(page, { expect = '/reset/password' } = {}) {
  await chooseMethod(page, 'Use a passkey');
  await Promise.all([
    page.waitForURL((u) => u.pathname === expect),
    page.getByRole('button', { name: 'Use my passkey' }).click(),
  ]);
}
