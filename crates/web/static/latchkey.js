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
        b.textContent = 'Copied';
      } catch (_) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        b.textContent = 'Selected: press Ctrl+C';
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
          const parts = [s.acceptable ? `Strength: ${s.label}.` : 'Not accepted.'];
          if (s.reason) parts.push(s.reason);
          else if (s.warning) parts.push(s.warning);
          if (s.suggestions?.length && !s.acceptable) parts.push(s.suggestions[0]);
          text.textContent = parts.join(' ');
        } catch (_) { /* the server checks again on submit */ }
      }, 250);
    });
  }
});
