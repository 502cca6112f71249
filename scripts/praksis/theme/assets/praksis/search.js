/* praksis: header search backed by Pagefind's Default UI.
 *
 * The header button opens a panel (dropdown on desktop, full screen on
 * phones) into which PagefindUI is mounted on first use, so the index is
 * only fetched when someone actually searches. "/" or "s" opens the search,
 * Escape closes it.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-praksis-search]");
  if (!root || root.dataset.praksisReady) return;
  root.dataset.praksisReady = "true";

  // Without a Pagefind bundle (e.g. plain `mkdocs serve`) there is nothing
  // to search; hide the button instead of offering a broken search.
  if (typeof window.PagefindUI !== "function") {
    root.hidden = true;
    return;
  }

  var toggle = root.querySelector(".praksis-search__toggle");
  var panel = root.querySelector(".praksis-search__panel");
  var overlay = root.querySelector(".praksis-search__overlay");
  var mount = root.querySelector(".praksis-search__ui");
  var ui = null;

  // base_url is relative to the current page; resolve it once to an absolute
  // path so it stays valid if Material's instant navigation changes the URL.
  var siteRoot = new URL((root.dataset.praksisBase || ".") + "/", location.href).pathname;

  var TRANSLATIONS = {
    placeholder: "Søg i praksis",
    search_label: "Søg",
    clear_search: "Ryd",
    load_more: "Vis flere resultater",
    filters_label: "Filtre",
    zero_results: "Ingen resultater for [SEARCH_TERM]",
    many_results: "[COUNT] resultater for [SEARCH_TERM]",
    one_result: "[COUNT] resultat for [SEARCH_TERM]",
    alt_search: "Ingen resultater for [SEARCH_TERM]. Viser resultater for [DIFFERENT_TERM] i stedet",
    search_suggestion: "Ingen resultater for [SEARCH_TERM]. Prøv et af disse søgeord:",
    searching: "Søger efter [SEARCH_TERM] …"
  };

  function createUI() {
    ui = new window.PagefindUI({
      element: mount,
      bundlePath: siteRoot + "pagefind/",
      baseUrl: siteRoot,
      showImages: false,
      showSubResults: true,
      resetStyles: true,
      processResult: mergeTitleSection,
      translations: TRANSLATIONS,
      // Pagefind answers in milliseconds; its default 300 ms pause after each
      // key was most of the time to the first result.
      debounceTimeoutMs: 100
    });
  }

  // The h1 has an id, so Pagefind offers it as a sub-result that merely
  // repeats the page title. Giving it the page URL makes the UI treat it as
  // the page itself, as it does for text before the first heading.
  function mergeTitleSection(result) {
    var first = result.sub_results && result.sub_results[0];
    if (first && first.title === result.meta.title) {
      first.url = result.meta.url || result.url;
    }
    return result;
  }

  function input() {
    return mount.querySelector("input");
  }

  function isOpen() {
    return !panel.hidden;
  }

  function open() {
    if (!ui) createUI();
    panel.hidden = false;
    overlay.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    document.documentElement.classList.add("praksis-search-open");
    var field = input();
    if (field) {
      field.focus();
      field.select();
    }
  }

  function close(restoreFocus) {
    if (!isOpen()) return;
    panel.hidden = true;
    overlay.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    document.documentElement.classList.remove("praksis-search-open");
    if (restoreFocus) toggle.focus();
  }

  function isTyping(target) {
    return target instanceof HTMLElement && (
      target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
    );
  }

  // Arrow keys move between the field and the result links, like Material.
  function moveFocus(step) {
    var items = [input()].concat(
      Array.prototype.slice.call(mount.querySelectorAll(".pagefind-ui__result-link"))
    );
    var index = items.indexOf(document.activeElement);
    var next = items[(index + step + items.length) % items.length];
    if (next) next.focus();
  }

  // Load Pagefind's engine and the index's metadata while the page is idle,
  // as Material's own search loads its index with every page: the first
  // search then needs only the chunks for its words. The UI imports the same
  // module URL, so it finds this instance ready. Browsers cache the files.
  var warmed = null;
  function warmUp() {
    if (warmed) return;
    warmed = import(siteRoot + "pagefind/pagefind.js").then(function (pagefind) {
      return pagefind.options({ baseUrl: siteRoot, bundlePath: siteRoot + "pagefind/" })
        .then(function () { return pagefind.init(); });
    }).catch(function () { /* the UI reports a missing index itself */ });
  }
  if ("requestIdleCallback" in window) window.requestIdleCallback(warmUp, { timeout: 2000 });
  else window.setTimeout(warmUp, 500);

  // A pointer over the button or focus on it means a search is coming.
  ["pointerenter", "focus", "touchstart"].forEach(function (type) {
    toggle.addEventListener(type, function () { warmUp(); if (!ui) createUI(); }, { passive: true });
  });

  toggle.addEventListener("click", function () {
    if (isOpen()) close(true);
    else open();
  });

  root.querySelectorAll("[data-praksis-search-close]").forEach(function (el) {
    el.addEventListener("click", function () { close(true); });
  });

  // A chosen result navigates away (or, with instant navigation, replaces
  // the content); either way the panel should not stay open.
  mount.addEventListener("click", function (event) {
    if (event.target.closest("a[href]")) close(false);
  });

  // Tabbing past the last result leaves the dropdown: close it, as a menu.
  root.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (isOpen() && next && !root.contains(next)) close(false);
  });

  document.addEventListener("pointerdown", function (event) {
    if (isOpen() && !root.contains(event.target)) close(false);
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isOpen()) {
      // Material's page shortcuts (n, p, ...) must not fire while searching.
      if (root.contains(event.target)) event.stopPropagation();
      if (event.key === "Escape") {
        event.preventDefault();
        close(true);
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        moveFocus(event.key === "ArrowDown" ? 1 : -1);
      }
      return;
    }
    if ((event.key === "/" || event.key === "s") && !isTyping(event.target)) {
      event.preventDefault();
      open();
    }
  });
})();
