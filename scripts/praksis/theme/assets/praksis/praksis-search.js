/* praksis' search: Pagefind's index, read the way a caseworker asks.
 *
 * The one search every client uses: the header search shows what `search()` returns, in its order, and
 * the tests and the benchmark call the same function. What it adds to Pagefind:
 *   - the words of a question that say nothing of its subject (Snowball's Danish stop words and a few
 *     question words, from assets/praksis/search.json) are left out, so a page need not use them;
 *   - a page need not have every word: when fewer than SOME_WORDS_BELOW pages have them all, each word is
 *     searched on its own and a page's scores are added up, times the share of the words it has
 *     (coordination, as in Lucene's classic scoring), and the answer says when no page has them all;
 *   - current practice first: an adopted principle counts STANDING.adopted times its score, a proposal
 *     STANDING.proposed, other pages once, and superseded or retired principles come after every current
 *     result, labelled with their successor.
 * Synonyms and law citations need nothing here: every page carries them in the index (search_terms.py).
 */

// How much a page's score counts by what it is: the site is there for its principles, agreed ones first.
const STANDING = { adopted: 2, proposed: 1.5, current: 1 };
// Below this many pages with every word (two pages of the header's results), the pages with some of the
// words are searched for too. A small site almost always looks further; a large one seldom needs to, and
// there each word's own search would score most of its pages.
const SOME_WORDS_BELOW = 20;
// Pagefind searches meta values too; only the title and the summary should count for more than the text.
const RANKING = { metaWeights: { title: 5, summary: 2, id: 2, status: 0, successor: 0, successor_id: 0,
                                 successor_url: 0 } };
const HISTORIC = ["Erstattet", "Udgået"];
const STATUS_FILE = "praksis-status.json";  // search_index.STATUS_FILE
const FACETS_FILE = "praksis-facets.json";  // search_index.FACETS_FILE

export async function open(siteRoot) {
  const pagefind = await import(siteRoot + "pagefind/pagefind.js");
  await pagefind.options({ baseUrl: siteRoot, bundlePath: siteRoot + "pagefind/", ranking: RANKING });
  await pagefind.init();
  let help = { stop_words: [], glossary: [], indexes: [] };
  try {
    const response = await fetch(siteRoot + "assets/praksis/search.json");
    if (response.ok) help = await response.json();
  } catch (error) { /* a search without stop words still works */ }
  const search = new Search(pagefind, help, siteRoot);
  search.standing();  // asked now, while the page is idle, so the first query does not wait for it
  return search;
}

export class Search {
  constructor(pagefind, help, siteRoot) {
    this.pagefind = pagefind;
    this.help = help;
    this.siteRoot = siteRoot;
    this.stop = new Set(help.stop_words || []);
    this.standings = null;
    this.loaded = {};
  }

  /* The words Pagefind is asked for: the query's words without stop words (all of them, if that is all). */
  words(query) {
    const all = String(query || "").toLowerCase().split(/[\s,.;:!?()"'«»“”/]+/)
      .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
      .filter((word) => /[\p{L}\p{N}]/u.test(word));
    const kept = all.filter((word) => !this.stop.has(word));
    return [...new Set(kept.length ? kept : all)];
  }

  /* Fetch the index chunks a query will need while the user is still typing, as Pagefind's own
     debounced search does; the search itself then only scores. */
  preload(query) {
    const words = this.words(query);
    return words.length ? this.pagefind.preload(words.join(" ")) : Promise.resolve();
  }

  /* Pagefind's page ids by status of principle, beside the index (search_index.write_facets), asked once. */
  async standing() {
    if (!this.standings) {
      this.standings = this.sets(STATUS_FILE).then((status) => {
        const ids = (...values) => new Set(values.flatMap((value) => [...(status[value] || [])]));
        return { adopted: ids("Vedtaget"), historic: ids(...HISTORIC), principles: ids(...Object.keys(status)) };
      });
    }
    return this.standings;
  }

  /* A file of id sets, { facet or value: "id id ..." }, as { key: Set } (nested one level for facets). An
     index built without praksis' plugin has none: every set is empty. */
  sets(file) {
    this.loaded[file] ??= fetch(this.siteRoot + "pagefind/" + file)
      .then((response) => (response.ok ? response.json() : {}), () => ({}))
      .then((data) => Object.fromEntries(Object.entries(data).map(([key, value]) => [key,
        typeof value === "string" ? new Set(value.split(" ").filter(Boolean))
          : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, new Set(v.split(" ").filter(Boolean))]))])));
    return this.loaded[file];
  }

  /* The pages the filter row allows, or null when nothing is chosen: { type: "Principper", status: ...,
     ics: ... }, every chosen value must hold. */
  async allowed(filters) {
    const chosen = Object.entries(filters || {}).filter(([, value]) => value);
    if (!chosen.length) return null;
    const [status, facets] = await Promise.all([this.sets(STATUS_FILE), this.sets(FACETS_FILE)]);
    const sets = chosen.map(([facet, value]) => (facet === "status" ? status[value] : (facets[facet] || {})[value])
      || new Set());
    return (id) => sets.every((set) => set.has(id));
  }

  /* Results in the order to show them: { words, partial, results: [{ id, score, all, standing, data() }] }.
     `filters`: what the filter row chose, { type: "Principper", status: "Vedtaget", ics: "Barnets udvikling" }. */
  async search(query, filters = {}) {
    const words = this.words(query);
    if (!words.length) return { words, partial: false, results: [] };
    const [standing, allowed, all] = await Promise.all([this.standing(), this.allowed(filters),
                                                        this.pagefind.search(words.join(" "))]);
    const keep = (results) => (allowed ? results.filter((result) => allowed(result.id)) : results);
    const every = keep(all.results);
    const found = new Map(every.map((result) => [result.id, { result, score: result.score, all: true }]));
    if (words.length > 1 && every.length < SOME_WORDS_BELOW) {
      // Few pages have every word: each word on its own, a page's scores added up, times the share of the
      // words it has. Only then, since a common word's search scores most of the pages of a large site.
      const each = (await Promise.all(words.map((word) => this.pagefind.search(word)))).map((s) => keep(s.results));
      const asked = each.filter((results) => results.length).length;  // a word no page has is left out
      const some = new Map();
      each.forEach((results) => results.forEach((result) => {
        const seen = some.get(result.id) || { result, sum: 0, matched: 0 };
        seen.sum += result.score;
        seen.matched += 1;
        some.set(result.id, seen);
      }));
      for (const [id, { result, sum, matched }] of some) {
        if (!found.has(id)) found.set(id, { result, score: sum * matched / asked, all: matched === asked });
      }
    }
    const results = [...found.values()].map(({ result, score, all }) => {
      const kind = standing.historic.has(result.id) ? "historic" : standing.adopted.has(result.id) ? "adopted"
        : standing.principles.has(result.id) ? "proposed" : "current";
      return { id: result.id, score: score * (STANDING[kind] || 1), all, standing: kind, data: () => result.data() };
    });
    results.sort((a, b) => (a.standing === "historic") - (b.standing === "historic") || b.score - a.score);
    return { words, partial: every.length === 0 && results.length > 0, results };
  }

  /* What a result shows: title, status (with its successor), id, and the summary as its text. */
  async show(result) {
    const data = await result.data();
    const meta = data.meta || {};
    const successor = meta.successor_id ? { id: meta.successor_id, title: meta.successor || meta.successor_id,
                                            url: this.siteRoot + (meta.successor_url || "") } : null;
    return {
      url: data.url, title: meta.title || data.url, id: meta.id || "", status: meta.status || "",
      label: meta.status === "Erstattet" && successor ? `Erstattet af ${successor.id}` : (meta.status || ""),
      text: meta.summary || data.excerpt || "", plain: !meta.summary, successor, standing: result.standing,
    };
  }

  /* With no results: glossary entries whose term is one of the words, or close to it (a typing error). */
  glossary(query) {
    const words = this.words(query).filter((word) => word.length >= 3);
    return (this.help.glossary || []).filter((entry) => entry.term.toLowerCase().split(/[\s/-]+/)
      .some((part) => part.length >= 3 && words.some((word) => near(word, part)))).slice(0, 3);
  }

  /* The filter row's values: { type: [...], status: [...], ics: [...] }. */
  filters() {
    return this.help.filters || {};
  }
}

function near(word, term) {
  if (term.startsWith(word) || word.startsWith(term)) return true;
  const allowed = term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(word.length - term.length) <= allowed && distance(word, term) <= allowed;
}

function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
