// Printed pages show each link's full address. The print styles already show addresses that
// are written out in full; for links within the site (written "/news/..."), this records the
// whole address, with the site's own, in data-print-url for the print styles to show instead.
(function () {
  "use strict";
  var scheme = /^[a-z][a-z0-9+.-]*:/i;

  function mark() {
    var links = document.querySelectorAll("main a[href]");
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href");
      if (!href || href.charAt(0) === "#" || scheme.test(href)) continue;
      links[i].setAttribute("data-print-url", links[i].href);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
  window.addEventListener("beforeprint", mark);
})();
