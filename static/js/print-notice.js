// Printed pages say the day they were printed on. The page itself is the same for every
// reader (and cached), so the browser writes today's date in just before printing.
(function () {
  function today() {
    return new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  }
  function fillPrintedOn() {
    var spots = document.querySelectorAll("[data-printed-on]");
    for (var i = 0; i < spots.length; i++) {
      spots[i].textContent = today();
    }
  }
  window.addEventListener("beforeprint", fillPrintedOn);
  var mediaQuery = window.matchMedia && window.matchMedia("print");
  if (mediaQuery && mediaQuery.addEventListener) {
    mediaQuery.addEventListener("change", function (event) {
      if (event.matches) fillPrintedOn();
    });
  }
  // A print button only where printing from a script works.
  var actions = document.querySelectorAll("[data-print-action]");
  for (var j = 0; j < actions.length; j++) {
    var button = actions[j].querySelector("[data-print-button]");
    if (!button || typeof window.print !== "function") continue;
    button.addEventListener("click", function () {
      fillPrintedOn();
      window.print();
    });
    actions[j].hidden = false;
  }
})();
