// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the error summary so screen readers announce what went wrong.
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
  for (const b of document.querySelectorAll('button[data-copy]')) {
    b.addEventListener('click', async () => {
      const el = document.getElementById(b.dataset.copy);
      if (!el) return;
      try {
        await navigator.clipboard.writeText(el.textContent.trim());
        b.textContent = b.dataset.copied || 'Copied';
      } catch (_) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        b.textContent = b.dataset.selected || 'Selected: press Ctrl+C';
      }
    });
  }
});

// Strength meter: scores what is typed in a new-password field on our own server (the
// password goes nowhere else) and says how strong it is and why. Without JavaScript the
// same rules are checked when the form is sent.
document.addEventListener('DOMContentLoaded', () => {
  for (const input of document.querySelectorAll('input[data-strength]')) {
    const meter = document.getElementById(input.dataset.strength);
    const form = input.form;
    if (!meter || !form) continue;
    const bar = meter.querySelector('.bar');
    const text = meter.querySelector('.meter-text');
    let timer = null;
    let seq = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      if (!input.value) { bar.dataset.score = ''; text.textContent = ''; return; }
      timer = setTimeout(async () => {
        const mine = ++seq;
        const body = new URLSearchParams();
        body.set('csrf', form.querySelector('input[name=csrf]')?.value ?? '');
        body.set('password', input.value);
        body.set('username', form.querySelector('input[name=username]')?.value ?? '');
        try {
          const r = await fetch('/password/strength', { method: 'POST', body, credentials: 'same-origin' });
          if (!r.ok || mine !== seq) return;
          const s = await r.json();
          // A password the rules refuse is never shown as strong.
          bar.dataset.score = s.acceptable ? String(s.score) : '0';
          const strength = meter.dataset.strengthText || 'Strength: {label}.';
          const parts = [s.acceptable ? strength.replace('{label}', s.label) : (meter.dataset.notAccepted || 'Not accepted.')];
          if (s.reason) parts.push(s.reason);
          else if (s.warning) parts.push(s.warning);
          if (s.suggestions?.length && !s.acceptable) parts.push(s.suggestions[0]);
          text.textContent = parts.join(' ');
        } catch (_) { /* the server checks again on submit */ }
      }, 250);
    });
  }
});

// Proof of work (the human check): find the number whose SHA-256 after the server's salt
// is the challenge, in the background, and send it with the form. Without JavaScript or
// Web Crypto the form goes without it, and the server applies stricter limits instead.
document.addEventListener('DOMContentLoaded', () => {
  const solving = new Map();
  const solve = (token) => {
    if (!solving.has(token)) {
      solving.set(token, (async () => {
        const parts = token.split('.');
        if (parts.length !== 6) return '';
        const salt = parts.slice(0, 4).join('.') + '.';
        const max = Number(parts[3]);
        const want = new Uint8Array(parts[4].match(/../g).map((h) => parseInt(h, 16)));
        const enc = new TextEncoder();
        // A slow device gives up after 20 s: the form then goes without the proof, as
        // without JavaScript (the server's stricter limits apply), never stuck here.
        const giveUp = Date.now() + 20_000;
        for (let n = 0; n <= max; n++) {
          if (n % 1000 === 0 && Date.now() > giveUp) return '';
          const d = new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(salt + n)));
          let same = true;
          for (let i = 0; i < 32; i++) { if (d[i] !== want[i]) { same = false; break; } }
          if (same) return String(n);
        }
        return '';
      })());
    }
    return solving.get(token);
  };
  for (const input of document.querySelectorAll('input[data-pow]')) {
    const form = input.form;
    const out = form && form.querySelector('input[name=pow_number]');
    const status = form && form.querySelector('.pow-status');
    if (!out || !(window.crypto && crypto.subtle)) continue;
    const ready = solve(input.value).then((n) => { out.value = n; return n; });
    let waited = false;
    let pending = false;
    form.addEventListener('submit', async (e) => {
      if (out.value || waited) return;
      e.preventDefault();
      if (pending) return;
      pending = true;
      if (status) status.textContent = status.dataset.checking || 'Checking your browser. This takes a moment.';
      await ready;
      waited = true;
      if (status) status.textContent = '';
      if (form.requestSubmit) form.requestSubmit(e.submitter || undefined); else form.submit();
    });
  }
});
