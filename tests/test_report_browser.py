"""The HTML report in headless Chromium: no console messages, a screenshot that is not blank, and a
hostile article shown as text with nothing in it run. Skipped (with the reason) without Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import framing.report

from .report_samples import hostile_analysis, outlet_analysis, seed_analysis

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None and Path("/usr/bin/chromium").exists():
        path = "/usr/bin/chromium"
    if path is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
    return path


def run(chromium: str, tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    try:
        proc = subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *extra, url], capture_output=True,
                              text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.skip("Chromium did not finish within 120 s in this environment")
    if proc.returncode != 0 and not proc.stdout:
        pytest.skip(f"Chromium cannot run here (exit {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}")
    return proc


def console(stderr: str) -> list[str]:
    """Console messages (errors, CSP violations, blocked requests) in Chromium's log."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    paths = {}
    for name, build in (("seed", seed_analysis), ("outlets", outlet_analysis), ("hostile", hostile_analysis)):
        framing.report.write(build(), out / name, formats=("html",), command=f"framing analyze {name}")
        paths[name] = out / name / "report.html"
    return paths


def test_console_check_catches_errors(chromium, tmp_path):
    # the check below can fail: a page with a blocked request and a blocked script logs console messages
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><meta http-equiv='Content-Security-Policy' content=\"default-src 'none'\">"
                   "<title>t</title><img src='http://example.invalid/x.png'><script>console.error(1)</script>")
    assert console(run(chromium, tmp_path, bad.as_uri(), "--dump-dom").stderr)


@pytest.mark.parametrize("name", ["seed", "outlets", "hostile"])
def test_opens_without_console_messages(chromium, reports, tmp_path, name):
    proc = run(chromium, tmp_path, reports[name].as_uri(), "--dump-dom")
    assert console(proc.stderr) == []
    assert '<section id="findings">' in proc.stdout and '<section id="methods">' in proc.stdout


def test_screenshot_is_not_blank(chromium, reports, tmp_path):
    from matplotlib import image

    shot = tmp_path / "shot.png"
    proc = run(chromium, tmp_path, reports["seed"].as_uri(), f"--screenshot={shot}", "--window-size=1200,1800")
    assert shot.exists(), proc.stderr[-500:]
    pixels = image.imread(shot)[..., :3]
    assert pixels.shape[0] >= 1000 and pixels.shape[1] >= 1000
    assert pixels.std() > 0.05  # text, tables and colour, not a blank page
    ink = (pixels.mean(axis=2) < 0.6).mean()
    assert 0.005 < ink < 0.5


def test_hostile_article_is_text_and_nothing_runs(chromium, reports, tmp_path):
    proc = run(chromium, tmp_path, reports["hostile"].as_uri(), "--dump-dom")
    dom = proc.stdout
    assert console(proc.stderr) == []
    # the scripts would have set the title or replaced the body with PWNED
    assert re.search(r"<title>Framing report: [^<]*</title>", dom)
    assert "<title>PWNED" not in dom and not re.search(r"<body>\s*PWNED", dom)
    parser = Elements()
    parser.feed(dom)
    assert [t for t, _ in parser.tags if t == "script"] == []
    assert [(t, a) for t, a in parser.tags if any(k.startswith("on") for k in a)] == []
    assert [t for t, _ in parser.tags if t == "img"] == []
    assert [t for t, _ in parser.tags if t == "b"] == []  # "<b>bold</b>" in a quote stays text
    # ... and the markup is shown to the reader as text
    assert "&lt;script&gt;document.title='PWNED';" in dom
    assert "&lt;img src=x onerror=\"document.title='PWNED2'\"&gt;" in dom
    assert "&lt;img src=x onerror=alert(1)&gt;Outlet" in dom
