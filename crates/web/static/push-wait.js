// Latchkey: while the reset page waits for the Latchkey app, ask every 2 seconds whether
// the request was answered (GET /reset/verify/push-status), then submit "I've approved
// it" so the server counts the answer. Without JavaScript the button does the same.
(function () {
  "use strict";
  var form = document.getElementById("push-check");
  if (!form || !window.fetch) return;
  var url = form.getAttribute("data-push-status");
  var done = false;
  function later() { window.setTimeout(poll, 2000); }
  function poll() {
    if (done) return;
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" }, cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) {
        if (j && j.status && j.status !== "pending") {
          done = true;
          form.submit();
        } else {
          later();
        }
      })
      .catch(later);
  }
  later();
})();
