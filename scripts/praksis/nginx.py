"""nginx with the production configuration (scripts/hosting/nginx/) on one local port: `scripts/run preview`
and the tests. No root needed: pid, logs and temporary files live in a work folder of their own.

    python -m praksis.nginx SITE [--port 8080]    serve SITE in the foreground until Ctrl+C
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import jinja2

HOSTING = Path(__file__).resolve().parents[1] / "hosting" / "nginx"
DEBIAN_NGINX = Path("/usr/sbin/nginx")  # not on a normal user's PATH


class NginxError(Exception):
    """nginx is missing, or refused the configuration or the port."""


def executable() -> str | None:
    found = shutil.which("nginx")
    if found:
        return found
    return str(DEBIAN_NGINX) if DEBIAN_NGINX.is_file() else None


def mime_types(nginx: str) -> Path:
    """The mime.types beside the nginx.conf this nginx was built for (Debian: /etc/nginx/mime.types)."""
    built = subprocess.run([nginx, "-V"], capture_output=True, text=True).stderr
    match = re.search(r"--conf-path=(\S+)", built)
    return Path(match.group(1) if match else "/etc/nginx/nginx.conf").parent / "mime.types"


def config(nginx: str, site: Path, port: int, work: Path, login: str | None = None,
           access_log: str = "off", error_log: str | None = None, sites: Path | None = None) -> str:
    """The local configuration: login is the address (host:port) of an oauth2-proxy or a stand-in for it; sites a
    file of server blocks to serve instead of the local one."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HOSTING), autoescape=False, keep_trailing_newline=True)
    return env.get_template("preview.conf.j2").render(
        as_root=os.geteuid() == 0, work=work, error_log=error_log or work / "error.log", mime_types=mime_types(nginx),
        access_log=access_log, hosting=HOSTING, login=login, port=port, site=Path(site).resolve(), sites=sites)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def command(nginx: str, work: Path, conf: Path) -> list[str]:
    # -e: the error log before the configuration is read (else /var/log/nginx, root's); daemon off: stays a child.
    return [nginx, "-p", str(work), "-e", str(work / "error.log"), "-c", str(conf), "-g", "daemon off;"]


def write_config(nginx: str, site: Path, port: int, work: Path, **options) -> Path:
    conf = work / "nginx.conf"
    conf.write_text(config(nginx, site, port, work, **options), "utf-8")
    tested = subprocess.run(command(nginx, work, conf)[:-2] + ["-t", "-q"], capture_output=True, text=True)
    if tested.returncode:
        raise NginxError(f"nginx afviste konfigurationen {conf}:\n{tested.stderr.strip()}")
    return conf


@contextmanager
def running(site: Path, login: str | None = None, port: int | None = None, sites: Path | None = None):
    """nginx serving site until the block ends; yields its base URL (http://127.0.0.1:PORT/). With sites, port
    is the one that file listens on."""
    nginx = executable()
    if nginx is None:
        raise NginxError("nginx er ikke installeret (Debian: apt-get install nginx).")
    with tempfile.TemporaryDirectory(prefix="praksis-nginx-") as folder:
        work = Path(folder)
        port = port or free_port()
        conf = write_config(nginx, site, port, work, login=login, sites=sites)
        process = subprocess.Popen(command(nginx, work, conf), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait_for(port, process, work)
            yield f"http://127.0.0.1:{port}/"
        finally:
            process.terminate()
            process.wait(timeout=10)


def _wait_for(port: int, process: subprocess.Popen, work: Path, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (work / "error.log").read_text("utf-8", "replace") if (work / "error.log").exists() else ""
            raise NginxError(f"nginx stoppede: {process.stderr.read().decode('utf-8', 'replace')}{log}".strip())
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise NginxError(f"nginx svarer ikke på port {port}.")


def preview(site: Path, port: int) -> int:
    """Serve site in the foreground, as production does without the login, until Ctrl+C."""
    nginx = executable()
    if nginx is None:
        print("nginx er ikke installeret (Debian: apt-get install nginx).", file=sys.stderr)
        return 1
    if not (site / "index.html").is_file():
        print(f"{site} er ikke et bygget site (ingen index.html). Byg det først: scripts/run build", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="praksis-preview-") as folder:
        work = Path(folder)
        try:
            conf = write_config(nginx, site, port, work, access_log="/dev/stdout", error_log="stderr")
        except NginxError as err:
            print(err, file=sys.stderr)
            return 1
        print(f"Sitet vises gennem nginx med produktionens konfiguration (uden login): http://127.0.0.1:{port}/\n"
              f"Stop med Ctrl+C.", flush=True)
        process = subprocess.Popen(command(nginx, work, conf))
        signal.signal(signal.SIGTERM, lambda *_: process.terminate())  # stopped by a supervisor: nginx stops too
        try:
            return process.wait()
        except KeyboardInterrupt:
            process.terminate()
            process.wait(timeout=10)
            return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m praksis.nginx", description="Vis det byggede site gennem nginx.")
    parser.add_argument("site", type=Path, help="mappen med det byggede site (site/)")
    parser.add_argument("--port", type=int, default=8080, help="port på 127.0.0.1 (standard: 8080)")
    args = parser.parse_args(argv)
    return preview(args.site, args.port)


if __name__ == "__main__":
    sys.exit(main())
