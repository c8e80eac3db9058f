// Latchkey: the reset journey's time limit (WCAG 2.2.1). Two minutes before the journey
// ends, the warning under the heading is shown and announced (role="alert"), with its
// "Give me more time" button when the journey can still be extended. Without JavaScript
// the same box is on the page all along, with the time it ends.
(function () {
  "use strict";
  var box = document.getElementById("journey-timer");
  if (!box) return;
  var ends = parseInt(box.getAttribute("data-ends-in"), 10);
  var warn = parseInt(box.getAttribute("data-warn-in"), 10);
  if (isNaN(ends) || isNaN(warn)) return;
  if (ends > warn) {
    box.hidden = true;
    window.setTimeout(function () {
      box.hidden = false;
      box.setAttribute("role", "alert");
    }, (ends - warn) * 1000);
  } else {
    box.setAttribute("role", "alert");
  }
})();
