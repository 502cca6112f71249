/* praksis: a table wider than a phone scrolls sideways inside its own box (Material's .md-typeset__scrollwrap).
 * Such a box must be reachable with the keyboard to be scrolled (WCAG 2.1.1), so it takes focus, with a name,
 * while it scrolls; a table that fits is no extra stop. Kept current when the window changes size.
 */
(function () {
  "use strict";

  function mark() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "Tabel, rul til siden");
      } else if (box.hasAttribute("tabindex")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }

  var pending = 0;
  function later() {
    window.cancelAnimationFrame(pending);
    pending = window.requestAnimationFrame(mark);
  }
  // Material wraps the tables when its bundle starts; on "load" they are wrapped and laid out.
  if (document.readyState === "complete") mark();
  else window.addEventListener("load", mark);
  window.addEventListener("resize", later);
})();
