/* praksis: the header search.
 *
 * The header button opens a panel (dropdown on desktop, full screen on phones) that shows what
 * praksis-search.js answers, in its order: the search engine is loaded while the page is idle, so the
 * first search needs only the index chunks for its words. "/" or "s" opens the search, Escape closes it,
 * the arrow keys move between the field and the results.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-praksis-search]");
  if (!root || root.dataset.praksisReady) return;
  root.dataset.praksisReady = "true";

  var toggle = root.querySelector(".praksis-search__toggle");
  var panel = root.querySelector(".praksis-search__panel");
  var overlay = root.querySelector(".praksis-search__overlay");
  var field = root.querySelector(".praksis-search__input");
  var message = root.querySelector(".praksis-search__message");
  var list = root.querySelector(".praksis-search__results");
  var more = root.querySelector(".praksis-search__more");
  var help = root.querySelector(".praksis-search__help");
  var filterRow = root.querySelector(".praksis-search__filters");
  var template = root.querySelector(".praksis-search__template");
  var PAGE = 10;
  var BADGES = { "Vedtaget": "adopted", "Forslag": "proposed", "Erstattet": "superseded", "Udgået": "retired" };

  // base_url is relative to the current page; resolve it once to an absolute path so it stays valid if
  // Material's instant navigation changes the URL.
  var siteRoot = new URL((root.dataset.praksisBase || ".") + "/", location.href).pathname;

  var engine = null;
  function load() {
    if (!engine) {
      engine = import(siteRoot + "assets/praksis/praksis-search.js")
        .then(function (module) { return module.open(siteRoot); });
      engine.then(showFilters, function () {
        // Without a Pagefind bundle (plain `mkdocs serve`) there is nothing to search: hide the button.
        root.hidden = true;
        close(false);
      });
      window.praksisSearch = engine;  // the same search, for whoever wants to ask it (tests, the benchmark)
    }
    return engine;
  }
  if ("requestIdleCallback" in window) window.requestIdleCallback(load, { timeout: 2000 });
  else window.setTimeout(load, 500);

  // --- the filter row: the values search.json lists, one choice per group ------------------------------
  var chosen = {};
  function showFilters(search) {
    var filters = search.filters();
    var any = false;
    filterRow.querySelectorAll("[data-filter]").forEach(function (group) {
      var name = group.dataset.filter;
      var values = filters[name] || [];
      group.textContent = "";
      if (!values.length) return;
      any = true;
      var label = document.createElement("span");
      label.className = "praksis-search__filter-label";
      label.textContent = group.dataset.label + ":";
      group.appendChild(label);
      values.forEach(function (value) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "praksis-search__chip";
        button.textContent = value;
        button.setAttribute("aria-pressed", "false");
        button.addEventListener("click", function () {
          var on = chosen[name] !== value;
          group.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
          if (on) { chosen[name] = value; button.setAttribute("aria-pressed", "true"); } else delete chosen[name];
          run();
        });
        group.appendChild(button);
      });
    });
    filterRow.hidden = !any;
  }

  // --- searching and showing ------------------------------------------------------------------------
  var asked = 0, shown = [], answer = null;
  // Every key searches at once: run() keeps one search going and searches the latest text after it, so fast
  // typing costs no more than one search behind, and a pause costs no waiting.
  field.addEventListener("input", function () {
    var query = field.value;
    load().then(function (search) { return search.preload(query); }).catch(function () {});
    run();
  });
  root.querySelector(".praksis-search__form").addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });

  // One search at a time: Pagefind finishes every search it has begun, so while one runs, keys typed meanwhile
  // only mark the field as changed, and the latest text is searched when it is done (never the ones between).
  var running = false, again = false;
  function run() {
    if (running) { again = true; return; }
    var query = field.value.trim();
    var ticket = ++asked;
    if (!query) { clear(); message.textContent = ""; return; }
    running = true;
    load().then(function (search) {
      return search.search(query, Object.assign({}, chosen)).then(function (found) {
        if (ticket !== asked || again) return;  // a newer query is on its way
        answer = { search: search, found: found, query: query };
        clear();
        if (!found.results.length) return nothing(search, query);
        message.textContent = (found.results.length === 1 ? "1 resultat" : found.results.length + " resultater")
          + " for «" + query + "»" + (found.partial ? ". Ingen side indeholder alle ordene; her er siderne med flest af dem." : "");
        return page(ticket);
      });
    }).catch(function () { /* no index: load() hides the search */ }).then(function () {
      running = false;
      if (again) { again = false; run(); }
    });
  }

  // The next results, each drawn as soon as it and those before it are loaded (they load side by side).
  function page(ticket) {
    var first = shown.length;
    var next = answer.found.results.slice(first, first + PAGE);
    shown = shown.concat(next);
    var drawn = Promise.resolve();
    next.forEach(function (result, i) {
      var item = answer.search.show(result);
      drawn = drawn.then(function () { return item; }).then(function (shownItem) {
        if (ticket === asked) list.appendChild(render(shownItem, first + i));
      });
    });
    return drawn.then(function () {
      if (ticket !== asked) return;
      more.hidden = shown.length >= answer.found.results.length;
      list.dataset.ready = String(shown.length);
    });
  }

  function render(item, index) {
    var previous = index > 0 ? answer.found.results[index - 1] : null;
    var result = answer.found.results[index];
    var fragment = document.createDocumentFragment();
    if (result.standing === "historic" && (!previous || previous.standing !== "historic")) {
      var li = document.createElement("li");
      li.className = "praksis-search__divider";
      li.setAttribute("role", "presentation");
      li.textContent = "Tidligere praksis: erstattet eller udgået";
      fragment.appendChild(li);
    }
    var node = template.content.firstElementChild.cloneNode(true);
    if (item.standing === "historic") node.classList.add("praksis-search__result--historic");
    var link = node.querySelector(".praksis-search__link");
    link.href = item.url;
    link.textContent = item.title;
    var badge = node.querySelector(".praksis-badge");
    if (item.label) {
      badge.textContent = item.label;
      badge.classList.add("praksis-badge--" + (BADGES[item.status] || "proposed"));
    } else badge.remove();
    node.querySelector(".praksis-search__id").textContent = item.id;
    var text = node.querySelector(".praksis-search__text");
    if (item.plain) text.innerHTML = item.text;  // Pagefind's excerpt: escaped text with <mark>
    else text.textContent = item.text;
    if (item.successor) {
      var successor = node.querySelector(".praksis-search__successor");
      successor.hidden = false;
      successor.querySelector("a").href = item.successor.url;
      successor.querySelector("a").textContent = item.successor.id + ": " + item.successor.title;
    }
    fragment.appendChild(node);
    return fragment;
  }

  function nothing(search, query) {
    message.textContent = "Ingen resultater for «" + query + "».";
    var glossary = search.glossary(query);
    var terms = help.querySelector(".praksis-search__glossary");
    terms.textContent = "";
    glossary.forEach(function (entry) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = siteRoot + entry.url;
      a.textContent = entry.term;
      li.appendChild(a);
      if (entry.text) li.appendChild(document.createTextNode(": " + entry.text));
      terms.appendChild(li);
    });
    help.querySelector(".praksis-search__glossary-title").hidden = !glossary.length;
    var indexes = help.querySelector(".praksis-search__indexes");
    indexes.textContent = "";
    (search.help.indexes || []).forEach(function (index) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = siteRoot + index.url;
      a.textContent = index.label;
      li.appendChild(a);
      indexes.appendChild(li);
    });
    help.hidden = false;
    list.dataset.ready = "0";
  }

  function clear() {
    list.textContent = "";
    shown = [];
    more.hidden = true;
    help.hidden = true;
    delete list.dataset.ready;
  }

  more.addEventListener("click", function () { page(asked); });

  // --- opening and closing --------------------------------------------------------------------------
  function isOpen() { return !panel.hidden; }

  function open() {
    load();
    panel.hidden = false;
    overlay.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    document.documentElement.classList.add("praksis-search-open");
    field.focus();
    field.select();
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
    return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function moveFocus(step) {
    var items = [field].concat(Array.prototype.slice.call(list.querySelectorAll(".praksis-search__link")));
    var index = items.indexOf(document.activeElement);
    var next = items[(index + step + items.length) % items.length];
    if (next) next.focus();
  }

  ["pointerenter", "focus", "touchstart"].forEach(function (type) {
    toggle.addEventListener(type, load, { passive: true });
  });
  toggle.addEventListener("click", function () { if (isOpen()) close(true); else open(); });
  root.querySelectorAll("[data-praksis-search-close]").forEach(function (el) {
    el.addEventListener("click", function () { close(true); });
  });
  // A chosen result navigates away (or, with instant navigation, replaces the content): close the panel.
  list.addEventListener("click", function (event) { if (event.target.closest("a[href]")) close(false); });
  help.addEventListener("click", function (event) { if (event.target.closest("a[href]")) close(false); });
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
      if (root.contains(event.target)) event.stopPropagation();  // Material's page shortcuts stay quiet
      if (event.key === "Escape") { event.preventDefault(); close(true); }
      else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        moveFocus(event.key === "ArrowDown" ? 1 : -1);
      }
      return;
    }
    if ((event.key === "/" || event.key === "s") && !isTyping(event.target)) { event.preventDefault(); open(); }
  });
})();
