// praksis: "Nyt siden dit sidste besøg". This browser remembers when its reader last looked (localStorage, on
// this machine only: no server, no cookie, nothing is sent) and marks the principles, cases and meetings that git
// has new or changed since then, wherever a page lists them with data-praksis-created / data-praksis-changed.
(function () {
  "use strict";
  var KEY = "praksis-besoeg";
  var SESSION = 30 * 60 * 1000; // page views closer together than this are one visit

  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }

  function remember(now) {
    var visits = load();
    if (!visits.current || now - (visits.last || 0) > SESSION) {
      visits.previous = visits.current || 0; // the visit before this one
      visits.current = now;
    }
    visits.last = now;
    try { window.localStorage.setItem(KEY, JSON.stringify(visits)); } catch (e) { /* private mode: no marks */ }
    return visits.previous || 0;
  }

  function label(element, since) {
    var created = Date.parse(element.getAttribute("data-praksis-created") || "");
    var changed = Date.parse(element.getAttribute("data-praksis-changed") || "");
    if (created > since) return "Ny";
    if (changed > since) return "Ændret";
    return "";
  }

  function mark(since) {
    var count = 0;
    document.querySelectorAll("[data-praksis-changed]").forEach(function (element) {
      var text = label(element, since);
      if (!text || element.querySelector(".praksis-since")) return;
      var badge = document.createElement("span");
      badge.className = "praksis-since";
      badge.textContent = text;
      badge.title = "Siden dit sidste besøg";
      var link = element.querySelector("a");
      var cell = element.tagName === "TR" ? element.cells[1] : element;
      if (link && link.parentNode === cell) link.insertAdjacentElement("afterend", badge); else cell.appendChild(badge);
      count += 1;
    });
    return count;
  }

  function note(since, count) {
    var day = new Date(since).toLocaleDateString("da-DK", { day: "numeric", month: "long", year: "numeric" });
    document.querySelectorAll("[data-praksis-since-note]").forEach(function (element) {
      element.textContent = !since ? "Første besøg i denne browser: næste gang markeres det, der er nyt siden i dag."
        : count ? "Markeret med Ny eller Ændret: det, der er kommet til eller ændret siden dit sidste besøg " + day + "."
        : "Intet nyt siden dit sidste besøg " + day + ".";
      element.hidden = false;
    });
  }

  function start() {
    var since = remember(Date.now());
    note(since, since ? mark(since) : 0);
  }

  window.praksisSince = { mark: mark, key: KEY };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
