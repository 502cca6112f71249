"""Specification of the site as production serves it: nginx with scripts/hosting/nginx/, in front of the shipped
content built once.

Every file answers with the security headers and the strict Content Security Policy; pages and the search index are
checked again on every use, fingerprinted assets kept for good; the 404 page, robots.txt and noindex guard a
mistaken exposure. With the login part on, a stand-in for oauth2-proxy shows that no path gives content without a
session. In Chromium, every kind of page loads with no policy violation, and search and the genogram work.

Needs nginx (Debian's package; `scripts/run test` installs it) and, for the browser part, Chromium; skipped without
them, except on CI (CI=true).
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import re
import shutil
import ssl
import subprocess
from contextlib import contextmanager
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from praksis import nginx
from praksis.script_files import FOLDER as SCRIPTS_FOLDER

from conftest import require, running

HOSTING = nginx.HOSTING
SESSION = "praksis_test_session=staff"  # the stand-in's one valid login


def require_nginx() -> None:
    require(nginx.executable() is not None, "nginx is not installed (Debian: apt-get install nginx)")


# ---- Fetching without a browser ---------------------------------------------------------------

class Answer:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status, self.headers, self.body = status, headers, body


def fetch(base: str, path: str, *, cookie: str | None = None, gzipped: bool = False,
          context: ssl.SSLContext | None = None) -> Answer:
    """One GET, redirects not followed, as the server answers it."""
    url = urlsplit(base)
    connection = (http.client.HTTPSConnection(url.hostname, url.port, context=context, timeout=10) if context
                  else http.client.HTTPConnection(url.hostname, url.port, timeout=10))
    headers = {"Accept-Encoding": "gzip" if gzipped else "identity"}
    if cookie:
        headers["Cookie"] = cookie
    connection.request("GET", "/" + quote(path.lstrip("/"), safe="/?=&"), headers=headers)
    response = connection.getresponse()
    answer = Answer(response.status, response.headers, response.read())
    connection.close()
    return answer


def site_files(site: Path) -> dict[str, Path]:
    """Every address of the built site (a page's folder too) and the file behind it; dot-files are not the site's."""
    found = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_file() and not any(part.startswith(".") for part in rel.split("/")):
            found[rel] = path
            if path.name == "index.html":
                found[rel[: -len("index.html")]] = path
    return found


def policy(headers) -> dict[str, list[str]]:
    value = headers.get("Content-Security-Policy")
    assert value, "no Content-Security-Policy"
    directives = [part.split() for part in value.split(";") if part.strip()]
    return {name: sources for name, *sources in directives}


def assert_secured(answer: Answer, what: str) -> None:
    """The headers every response must carry, whatever it is."""
    csp = policy(answer.headers)
    assert csp["default-src"] == ["'none'"], what
    assert csp["frame-ancestors"] == ["'none'"] and csp["object-src"] == ["'none'"], what
    assert csp["base-uri"] == ["'self'"], what
    for directive, sources in csp.items():
        for source in sources:  # the site's own files and data: URLs of images, never another host
            assert source in ("'self'", "'none'", "'wasm-unsafe-eval'") or (directive == "img-src" and source == "data:"), \
                f"{what}: {directive} allows {source}"
    assert answer.headers["X-Content-Type-Options"] == "nosniff", what
    assert answer.headers["Referrer-Policy"] == "no-referrer", what
    features = dict(f.strip().split("=", 1) for f in answer.headers["Permissions-Policy"].split(","))
    assert {features[name] for name in ("camera", "microphone", "geolocation")} == {"()"}, what
    assert "noindex" in answer.headers["X-Robots-Tag"], what


def fingerprinted(rel: str, path: Path) -> bool:
    """A name that changes with the file's content: praksis' moved scripts (their digest) and Material's bundles."""
    if rel.startswith(SCRIPTS_FOLDER + "/"):
        return hashlib.sha256(path.read_bytes()).hexdigest()[:20] == path.stem
    return re.fullmatch(r"assets/(javascripts|stylesheets)/(workers/)?\w+\.[0-9a-f]{8}\.min\.(js|css)", rel) is not None


# ---- nginx around the shipped site ------------------------------------------------------------

@pytest.fixture(scope="session")
def served(shipped_site) -> str:
    require_nginx()
    with nginx.running(shipped_site) as url:
        yield url


class StandIn(BaseHTTPRequestHandler):
    """oauth2-proxy as nginx sees it: /oauth2/auth answers 202 for the session cookie, 401 without."""

    asked: list[str] = []

    def do_GET(self):
        if self.path == "/oauth2/auth":
            self.asked.append(self.headers.get("X-Forwarded-Uri", ""))
            self.send_response(202 if SESSION in self.headers.get("Cookie", "") else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.startswith("/oauth2/sign_in"):
            body = b"Log ind hos kommunen"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, format, *args):
        pass


@contextmanager
def identity_stand_in():
    StandIn.asked = []
    with running(ThreadingHTTPServer(("127.0.0.1", 0), StandIn)) as server:
        yield f"127.0.0.1:{server.server_port}"


@pytest.fixture(scope="module")
def served_with_login(shipped_site) -> str:
    require_nginx()
    with identity_stand_in() as proxy, nginx.running(shipped_site, login=proxy) as url:
        yield url


# ---- Every file, its headers and its caching --------------------------------------------------

def test_every_file_of_the_site_is_served_whole_with_the_security_headers(served, shipped_site):
    files = site_files(shipped_site)
    assert len(files) > 100 and "pagefind/pagefind-entry.json" in files and "feed.xml" in files
    for rel, path in files.items():
        answer = fetch(served, rel)
        assert answer.status == 200, rel
        assert answer.body == path.read_bytes(), rel
        assert_secured(answer, rel)


def test_fingerprinted_assets_are_kept_for_good_and_everything_else_is_checked_again(served, shipped_site):
    kept = []
    for rel, path in site_files(shipped_site).items():
        cache = fetch(served, rel).headers["Cache-Control"]
        assert "private" in cache, rel  # never in a shared cache: the site is for staff
        if fingerprinted(rel, path):
            assert "max-age=31536000" in cache and "immutable" in cache, rel
            kept.append(rel)
        else:
            assert "no-cache" in cache and "max-age" not in cache, rel
    assert any(rel.startswith(SCRIPTS_FOLDER) for rel in kept) and any("bundle." in rel for rel in kept)


class InlineCode(HTMLParser):
    """What a policy without 'unsafe-inline' would refuse: scripts run inline, <style>, style and on* attributes."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "script" and "src" not in names and names.get("type") != "application/json":
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style>")
        self.found += [f"{name}= on <{tag}>" for name in names if name == "style" or name.startswith("on")]


def test_the_inline_scripts_are_files_so_no_page_needs_unsafe_inline(shipped_site):
    pages = list(shipped_site.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        parser = InlineCode()
        parser.feed(page.read_text("utf-8"))
        assert parser.found == [], page
    moved = list((shipped_site / SCRIPTS_FOLDER).glob("*.js"))
    assert moved and all(fingerprinted(f"{SCRIPTS_FOLDER}/{f.name}", f) for f in moved)


def test_a_missing_page_gets_the_sites_404_page(served, shipped_site):
    answer = fetch(served, "principper/findes-ikke/")
    assert answer.status == 404
    assert answer.body == (shipped_site / "404.html").read_bytes()
    assert_secured(answer, "404")


def test_no_folder_is_listed_and_no_dot_file_is_served(served, shipped_site):
    for folder in ("assets/", "pagefind/fragment/", "assets/praksis/"):
        answer = fetch(served, folder)
        assert answer.status in (403, 404), folder
        names = [p.name for p in (shipped_site / folder).iterdir()]
        assert not any(name.encode() in answer.body for name in names), folder
        assert_secured(answer, folder)
    marker = fetch(served, ".praksis-build")
    assert marker.status == 404 and marker.body == (shipped_site / "404.html").read_bytes()


def test_a_folder_without_its_slash_is_redirected_on_the_same_host(served):
    answer = fetch(served, "principper")
    assert answer.status == 301 and answer.headers["Location"] == "/principper/"


def test_search_engines_are_told_to_stay_out(served):
    answer = fetch(served, "robots.txt")
    assert answer.status == 200 and answer.body.decode().splitlines() == ["User-agent: *", "Disallow: /"]
    assert "noindex" in fetch(served, "").headers["X-Robots-Tag"]


def test_a_precompressed_file_is_sent_as_it_is(tmp_path):
    require_nginx()
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>plain</p>", "utf-8")
    (site / "index.html.gz").write_bytes(gzip.compress(b"<p>precompressed</p>"))
    with nginx.running(site) as url:
        answer = fetch(url, "", gzipped=True)
        plain = fetch(url, "")
    assert answer.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(answer.body) == b"<p>precompressed</p>"
    assert plain.body == b"<p>plain</p>"  # a client that cannot unpack gets the file itself


# ---- Staff only ---------------------------------------------------------------------------------

def test_without_a_login_no_path_gives_content(served_with_login, shipped_site):
    paths = [*site_files(shipped_site), "findes-ikke/", ".praksis-build", "assets/", "oauth2/auth"]
    for rel in paths:
        answer = fetch(served_with_login, rel)
        assert answer.status in (302, 401, 404), rel
        if answer.status == 302:
            assert answer.headers["Location"] == "/oauth2/sign_in?rd=/" + quote(rel, safe="/"), rel
        file = shipped_site / rel
        if file.is_file() and file.stat().st_size > 64:
            assert file.read_bytes()[:64] not in answer.body, rel
        assert b"md-content" not in answer.body, rel  # no page, not even the 404 page
        assert_secured(answer, rel)
    asked = set(StandIn.asked)
    assert {"/" + quote(rel, safe="/") for rel in site_files(shipped_site)} <= asked


def test_with_a_login_every_file_is_served(served_with_login, shipped_site):
    for rel, path in site_files(shipped_site).items():
        answer = fetch(served_with_login, rel, cookie=SESSION)
        assert answer.status == 200 and answer.body == path.read_bytes(), rel
        assert_secured(answer, rel)
    missing = fetch(served_with_login, "findes-ikke/", cookie=SESSION)
    assert missing.status == 404 and missing.body == (shipped_site / "404.html").read_bytes()


def test_the_sign_in_is_oauth2_proxys_own_page(served_with_login):
    answer = fetch(served_with_login, "oauth2/sign_in?rd=/")
    assert answer.status == 200 and answer.body == b"Log ind hos kommunen"


# ---- The production site file, as IT installs it ------------------------------------------------

def local_production_file(tmp_path: Path, site: Path, proxy: str, http_port: int, https_port: int) -> Path:
    """praksis.conf with only what the README tells IT to change (and the ports) made local."""
    openssl = shutil.which("openssl")
    require(openssl is not None, "openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    text = (HOSTING / "praksis.conf").read_text("utf-8")
    for old, new in [("/etc/nginx/snippets/", f"{HOSTING}/"), ("server 127.0.0.1:4180;", f"server {proxy};"),
                     ("listen 80;", f"listen 127.0.0.1:{http_port};"), ("listen [::]:80;", ""),
                     ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
                     ("listen [::]:443 ssl http2;", ""), ("/etc/ssl/praksis/fullchain.pem", str(cert)),
                     ("/etc/ssl/praksis/privkey.pem", str(key)), ("root /var/www/praksis;", f"root {site};")]:
        assert old in text, f"praksis.conf no longer has {old!r}: the README's steps and this test need it"
        text = text.replace(old, new)
    local = tmp_path / "praksis.conf"
    local.write_text(text, "utf-8")
    return local


def test_the_production_site_file_serves_https_only_with_hsts_and_a_login(tmp_path, shipped_site):
    require_nginx()
    http_port, https_port = nginx.free_port(), nginx.free_port()
    with identity_stand_in() as proxy:
        sites = local_production_file(tmp_path, shipped_site, proxy, http_port, https_port)
        with nginx.running(shipped_site, port=https_port, sites=sites):
            plain = fetch(f"http://127.0.0.1:{http_port}/", "principper/")
            assert plain.status == 301 and plain.headers["Location"].startswith("https://")
            unverified = ssl._create_unverified_context()  # the test's own self-signed certificate
            base = f"https://127.0.0.1:{https_port}/"
            page = fetch(base, "principper/", cookie=SESSION, context=unverified)
            assert page.status == 200 and page.body == (shipped_site / "principper/index.html").read_bytes()
            assert_secured(page, "https")
            assert page.headers["Strict-Transport-Security"] == "max-age=31536000"
            anonymous = fetch(base, "feed.xml", context=unverified)
            assert anonymous.status == 302 and anonymous.headers["Location"].startswith("/oauth2/sign_in")
            assert anonymous.headers["Strict-Transport-Security"]


# ---- In Chromium, under the policy ----------------------------------------------------------------

# Recorded before any of the page's own scripts run (an init script is not subject to the page's policy).
WATCH_POLICY = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
                          (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


def kinds_of_page(site: Path) -> dict[str, str]:
    """One address of each kind of page the site has, found in the build rather than named by hand."""
    case = next(p.parent.name for p in sorted(site.glob("sager/C-*/index.html")) if "genogram-svg" in p.read_text())
    principle = next(p.parent.name for p in sorted(site.glob("principper/P-*/index.html")))
    return {"front page": "", "principle": f"principper/{principle}/", "case with genogram": f"sager/{case}/",
            "meeting sheet": f"moedeark/{case.split('-')[0]}-{case.split('-')[1]}/", "print": "principper/udskrift/"}


@contextmanager
def watched_page(browser, url: str):
    """A page whose policy violations, console messages about the policy and script errors are kept."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="da-DK")
    context.add_init_script(WATCH_POLICY)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.problems = []
    page.on("console", lambda message: page.problems.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text else None)
    page.on("pageerror", lambda error: page.problems.append(f"error: {error}"))
    page.workers_started = []
    page.on("worker", lambda worker: page.workers_started.append(worker.url))
    page.goto(url)
    try:
        yield page
    finally:
        context.close()


def violations(page) -> list[str]:
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__violations") + page.problems


def test_every_kind_of_page_loads_without_a_policy_violation(browser, served, shipped_site):
    for kind, path in kinds_of_page(shipped_site).items():
        with watched_page(browser, served + path) as page:
            assert page.locator("h1").first.is_visible(), kind
            # Material's scripts ran from their files: the storage scope its bundle reads, and the bundle itself.
            assert page.evaluate("[typeof __md_scope, typeof __md_get, typeof document$]") == \
                ["object", "function", "object"], kind
            assert violations(page) == [], kind


def test_the_genogram_is_drawn_and_fits_the_column_under_the_policy(browser, served, shipped_site):
    with watched_page(browser, served + kinds_of_page(shipped_site)["case with genogram"]) as page:
        svg = page.locator("svg.genogram-svg").first
        svg.scroll_into_view_if_needed()
        box, column = svg.bounding_box(), page.locator("article.md-content__inner").bounding_box()
        assert box["width"] > 300 and box["height"] > 200
        assert box["x"] + box["width"] <= column["x"] + column["width"] + 1  # scaled by genogram.css, not inline
        assert violations(page) == []


def test_search_finds_results_under_the_policy(browser, served):
    with watched_page(browser, served) as page:
        page.get_by_role("button", name="Søg i praksis", exact=True).click()
        page.get_by_placeholder("Søg i praksis").fill("genogram")
        links = page.locator(".praksis-search .praksis-search__link")
        try:
            links.first.wait_for()
        except Exception:  # Playwright's timeout: say what the policy refused, if anything
            pytest.fail(f"no search result; refused under the policy: {violations(page)}")
        assert links.count() > 0
        assert violations(page) == []
        assert page.workers_started == [served + "pagefind/pagefind-worker.js"]  # Pagefind searched in its worker, not beside


def test_the_watch_sees_a_violation_when_one_happens(browser, served):
    # The check above would pass on a page that reported nothing: this one must be reported.
    with watched_page(browser, served) as page:
        page.evaluate("""() => { const s = document.createElement("script");
                                 s.textContent = "window.ran = 1"; document.body.append(s); }""")
        page.wait_for_timeout(200)
        assert page.evaluate("window.ran") is None
        assert any("script-src" in v for v in violations(page))


# ---- The login's own configuration agrees with nginx's ------------------------------------------

def test_oauth2_proxy_answers_where_nginx_asks_and_returns_to_the_sites_host():
    import tomllib

    proxy = tomllib.loads((HOSTING.parent / "oauth2-proxy" / "oauth2-proxy.cfg").read_text("utf-8"))
    site_file = (HOSTING / "praksis.conf").read_text("utf-8")
    assert f"server {proxy['http_address']};" in site_file
    host = re.search(r"server_name (\S+);", site_file).group(1)
    assert proxy["redirect_url"] == f"https://{host}/oauth2/callback"
    assert proxy["upstreams"] == ["static://202"] and proxy["reverse_proxy"] is True  # auth only, no content
    assert proxy["cookie_secure"] is True and proxy["http_address"].startswith("127.0.0.1:")
    assert "/common/" not in proxy["oidc_issuer_url"]  # one tenant, never Microsoft's shared issuer
    assert "client_secret" not in proxy and "cookie_secret" not in proxy  # secrets live in a root-only file
    unit = (HOSTING.parent / "oauth2-proxy" / "oauth2-proxy.service").read_text("utf-8")
    assert "EnvironmentFile=" in unit and "--config=" in unit
