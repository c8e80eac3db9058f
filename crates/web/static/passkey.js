// Passkeys (W3C Web Authentication Level 2): adding one at /setup/passkey
// (form[data-passkey=register]) and "Use a passkey" in the reset journey
// (form[data-passkey=authenticate]). The server makes the options and checks the answer;
// this file only carries them between the server and navigator.credentials, converting
// binary fields to and from base64url. Without JavaScript the forms post to the server,
// which says a passkey needs JavaScript (no dead end). Problems are announced through the
// form's role=alert box, progress through its role=status line.
(() => {
  'use strict';

  const toBuffer = (s) => {
    const b64 = s.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(s.length / 4) * 4, '=');
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  };
  const toBase64url = (buf) => {
    const bytes = new Uint8Array(buf);
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const withIds = (list) => (list || []).map((c) => ({ ...c, id: toBuffer(c.id) }));

  /** The options for navigator.credentials.create() from the server's JSON. */
  const creationOptions = (o) => ({
    ...o.publicKey,
    challenge: toBuffer(o.publicKey.challenge),
    user: { ...o.publicKey.user, id: toBuffer(o.publicKey.user.id) },
    excludeCredentials: withIds(o.publicKey.excludeCredentials),
  });
  /** The options for navigator.credentials.get() from the server's JSON. */
  const requestOptions = (o) => ({
    ...o.publicKey,
    challenge: toBuffer(o.publicKey.challenge),
    allowCredentials: withIds(o.publicKey.allowCredentials),
  });

  const KNOWN_TRANSPORTS = ['usb', 'nfc', 'ble', 'internal', 'hybrid'];
  /** A new credential as JSON (PublicKeyCredential with an attestation response). */
  const attestationJSON = (cred) => ({
    id: cred.id,
    rawId: toBase64url(cred.rawId),
    type: cred.type,
    response: {
      attestationObject: toBase64url(cred.response.attestationObject),
      clientDataJSON: toBase64url(cred.response.clientDataJSON),
      transports: (cred.response.getTransports ? cred.response.getTransports() : [])
        .filter((t) => KNOWN_TRANSPORTS.includes(t)),
    },
  });
  /** An assertion as JSON (PublicKeyCredential with an assertion response). */
  const assertionJSON = (cred) => ({
    id: cred.id,
    rawId: toBase64url(cred.rawId),
    type: cred.type,
    response: {
      authenticatorData: toBase64url(cred.response.authenticatorData),
      clientDataJSON: toBase64url(cred.response.clientDataJSON),
      signature: toBase64url(cred.response.signature),
      userHandle: cred.response.userHandle ? toBase64url(cred.response.userHandle) : null,
    },
  });

  // The texts shown come translated from the page, as data-msg-* attributes of the form
  // (data-msg-cancelled → msg.cancelled); English when the page doesn't give one.
  let msg = {};
  const text = (key, english) => msg[key] || english;

  /** Why the browser's passkey step ended without a passkey, in words. */
  const browserProblem = (err, creating) => {
    switch (err && err.name) {
      case 'NotAllowedError':
      case 'AbortError':
        return text('cancelled', creating
          ? 'The passkey wasn\u2019t created: the request was cancelled or timed out. Select "Create passkey" to try again.'
          : 'No passkey was used: the request was cancelled or timed out, or this device has no passkey for your account. Select "Use my passkey" to try again, or choose another method.');
      case 'InvalidStateError':
        return text('exists', 'This device or security key already has a passkey for your account. Use another one, or remove the old passkey first.');
      case 'SecurityError':
        return text('security', 'Passkeys can\u2019t be used at this address. Tell your administrator.');
      case 'NotSupportedError':
        return text('unsupportedDevice', 'This browser or device doesn\u2019t support passkeys. Try another browser, or choose another method.');
      default:
        return text('generic', 'Something went wrong with the passkey. Try again, or choose another method.');
    }
  };

  /** POSTs JSON with the page's CSRF token; resolves { ok, body }. */
  const post = async (url, csrf, body) => {
    try {
      const r = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify(body),
      });
      const json = await r.json().catch(() => null);
      if (!json) return { ok: false, body: { message: text('reload', 'Something went wrong. Reload the page and try again.') } };
      return { ok: r.ok, body: json };
    } catch (_) {
      return { ok: false, body: { message: text('offline', 'We couldn\u2019t reach the server. Check your connection and try again.') } };
    }
  };

  const setUp = (form) => {
    const mode = form.dataset.passkey;
    msg = Object.fromEntries(Object.entries(form.dataset)
      .filter(([k]) => k.startsWith('msg') && k.length > 3)
      .map(([k, v]) => [k[3].toLowerCase() + k.slice(4), v]));
    const creating = mode === 'register';
    const csrf = form.querySelector('input[name=csrf]')?.value ?? '';
    const alertBox = document.getElementById('passkey-error');
    const status = document.getElementById('passkey-status');
    const button = form.querySelector('button[type=submit]');
    const nameInput = form.querySelector('input[name=name]');
    // What describes the name field when it is fine (its hint), so it can be put back.
    const nameDescribedBy = nameInput ? nameInput.getAttribute('aria-describedby') : null;
    const say = (text) => { if (status) status.textContent = text; };
    const clear = () => {
      if (alertBox) { alertBox.hidden = true; alertBox.querySelector('p').textContent = ''; }
      if (nameInput) {
        nameInput.removeAttribute('aria-invalid');
        if (nameDescribedBy) nameInput.setAttribute('aria-describedby', nameDescribedBy);
        else nameInput.removeAttribute('aria-describedby');
      }
    };
    // A problem with the name: the field is marked invalid, described by the message
    // (then its hint), and focused, so the message is read with it. Any other problem:
    // the alert is focused.
    const fail = (text, field) => {
      say('');
      if (alertBox) {
        alertBox.querySelector('p').textContent = text;
        alertBox.hidden = false;
      }
      if (field === 'name' && nameInput) {
        nameInput.setAttribute('aria-invalid', 'true');
        const ids = [alertBox && alertBox.id, nameDescribedBy].filter(Boolean).join(' ');
        if (ids) nameInput.setAttribute('aria-describedby', ids);
        nameInput.focus();
      } else if (alertBox) {
        alertBox.focus();
      }
    };
    const answered = (r) => {
      if (r.ok && r.body.next) { window.location.assign(r.body.next); return true; }
      if (r.ok) return false;
      if (r.body.next && ['step_up_required', 'signed_out', 'session_expired', 'not_offered',
        'password_change_required'].includes(r.body.code)) {
        window.location.assign(r.body.next);
        return true;
      }
      fail(r.body.message || text('tryAgain', 'Something went wrong. Try again.'), r.body.field);
      return true;
    };

    if (!window.PublicKeyCredential || !navigator.credentials) {
      fail(text('noSupport', 'This browser doesn\u2019t support passkeys. Try another browser, or ' +
        (creating ? 'set up another method.' : 'choose another method.')));
      if (button) button.disabled = true;
      return;
    }

    let busy = false;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (busy) return;
      busy = true;
      if (button) button.setAttribute('aria-disabled', 'true');
      clear();
      try {
        const base = creating ? '/setup/passkey' : '/reset/verify/passkey';
        const name = nameInput ? nameInput.value : undefined;
        const started = await post(`${base}/options`, csrf, creating ? { name } : {});
        if (!started.ok) { answered(started); return; }
        say(text('follow', creating
          ? 'Follow your browser\u2019s steps to create the passkey.'
          : 'Follow your browser\u2019s steps to use your passkey.'));
        let cred;
        try {
          cred = creating
            ? await navigator.credentials.create({ publicKey: creationOptions(started.body) })
            : await navigator.credentials.get({ publicKey: requestOptions(started.body) });
        } catch (err) {
          fail(browserProblem(err, creating));
          return;
        }
        if (!cred) { fail(browserProblem(null, creating)); return; }
        say(text('checking', 'Checking your passkey\u2026'));
        const body = creating
          ? { name, credential: attestationJSON(cred) }
          : { credential: assertionJSON(cred) };
        const done = await post(`${base}/finish`, csrf, body);
        if (!answered(done)) fail(text('tryAgain', 'Something went wrong. Try again.'));
      } finally {
        busy = false;
        if (button) button.removeAttribute('aria-disabled');
      }
    });
  };

  const start = () => {
    for (const form of document.querySelectorAll('form[data-passkey]')) setUp(form);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
