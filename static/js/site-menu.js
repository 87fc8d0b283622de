// The header menu is a <details> disclosure, so it opens and closes without this script.
// Here: keep it open on wide screens (where the button is hidden), and close it with Escape.
(function () {
  "use strict";
  var menu = document.querySelector("[data-site-menu]");
  if (!menu || !window.matchMedia) return;
  var wide = window.matchMedia("(min-width: 48em)");
  function sync() {
    if (wide.matches) menu.open = true;
  }
  sync();
  if (wide.addEventListener) wide.addEventListener("change", sync);
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open && !wide.matches) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
})();
