// Quick exit, like GOV.UK's "Exit this page": the link works without JavaScript; with it,
// the page is blanked at once and replaced in the history, so Back does not return here.
// Pressing Shift three times within 5 seconds does the same, from anywhere on the page; any
// other key starts the count again, so typing capitals in a form never leaves the site.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var status = document.querySelector("[data-quick-exit-status]");
  var hint = document.querySelector("[data-quick-exit-hint]");
  if (hint) hint.hidden = false; // the Shift shortcut only works with this script
  var presses = 0;
  var timer = null;

  function exit(event) {
    if (event) event.preventDefault();
    document.title = "Loading";
    document.documentElement.style.background = "#fff";
    if (document.body) document.body.style.visibility = "hidden";
    window.location.replace(link.href);
  }

  function reset() {
    if (timer) window.clearTimeout(timer);
    presses = 0;
    timer = null;
    if (status) status.textContent = "";
  }

  link.addEventListener("click", exit);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      if (presses) reset(); // Shift+letter is typing, not a request to leave
      return;
    }
    if (event.repeat) return;
    presses += 1;
    if (!timer) timer = window.setTimeout(reset, 5000);
    if (presses >= 3) {
      reset();
      exit();
    } else if (status) {
      status.textContent = "Shift pressed " + presses + (presses === 1 ? " time" : " times");
    }
  });
})();
