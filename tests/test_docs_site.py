"""The documentation site: built once per session with warnings as errors
and nitpicky references, then read as a visitor would. Every internal link
resolves, every message page shows the output generated from its bad
example, the options page speaks TOML, and the landing page's comparison is
what the tools print today (re-captured and compared)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from checkers_pkg import inference
from checkers_pkg.checkers import ALL_CHECKERS
from checkers_pkg.fixes import FIX_DOCS
from checkers_pkg.reporters.links import message_page

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
SYMBOLS = sorted(message[1] for checker in ALL_CHECKERS for message in checker.msgs.values())


LINKING = {("href", "a"), ("href", "link"), ("src", "img"), ("src", "script")}


class _Page(HTMLParser):
    """The hrefs, srcs and ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif (name, tag) in LINKING:
                self.links.append(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(name="html", scope="session")
def fixture_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html")
    completed = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-q", "-b", "html",
         str(DOCS), str(out)],
        capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return out


def _text(path: Path) -> str:
    """Visible text, tags dropped and entities decoded (enough for asserts)."""
    import html as html_module  # pylint: disable=import-outside-toplevel

    return html_module.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def test_every_internal_link_resolves(html: Path) -> None:
    pages = {path: _parse(path) for path in html.rglob("*.html")}
    broken = []
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("mailto:"):
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(html)} -> {link}")
                continue
            if parts.fragment and target.suffix == ".html":
                target_page = pages.get(target) or _parse(target)
                if parts.fragment not in target_page.ids:
                    broken.append(f"{path.relative_to(html)} -> {link} (no such anchor)")
    assert not broken, "\n".join(broken)
    assert len(pages) > len(SYMBOLS)


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_message_page_shows_generated_output_and_every_section(html: Path, symbol: str) -> None:
    page = html / message_page(symbol)
    assert page.exists()
    text = _text(page)
    for heading in (
        "What it catches", "Problematic code", "What pylint reports on it", "Correct code",
        "How to disable it", "Options", "Closest peer rule", "Known limits", "Fix",
    ):
        assert heading in text, f"{symbol}: no {heading!r} section"
    # Whether it has a fix, safe or unsafe, and the fix of the example shown.
    fix = FIX_DOCS.get(symbol)
    if fix is None:
        assert "No automatic fix" in text
    else:
        assert f"Fix: {fix.kind} " in " ".join(text.split()), symbol
        assert "--- a/bad.py" in text and "+++ b/bad.py" in text, symbol
    # The generated output: pylint's own lines for bad.py, ending in the symbol.
    assert re.search(rf"bad\.py:\d+:\d+: [CRWEF]\d{{4}}: .+\({re.escape(symbol)}\)", text), symbol
    assert f"disable={symbol}" in text
    # The flagged lines are highlighted, and the markers are not shown.
    source = page.read_text(encoding="utf-8")
    assert 'class="hll"' in source
    assert f"# [{symbol}" not in text


def test_options_page_speaks_toml(html: Path) -> None:
    text = _text(html / "reference" / "options.html")
    assert "()" not in re.sub(r"\w\(\)", "", text), "a Python tuple default leaked into the page"
    for checker in ALL_CHECKERS:
        for name, _spec in checker.options:
            assert f"[tool.pylint.{checker.name}]" in text
            assert re.search(rf"^\s*{re.escape(name)} = ", text, re.MULTILINE), name
            assert f"--{name}=" in text
    # Affects: the depth option names one message; a longer symbol that
    # contains a shorter one does not drag it in.
    source = (html / "reference" / "options.html").read_text(encoding="utf-8")
    depth = source.split('id="blocking-call-depth"', 1)[1].split('<section id="', 1)[0]
    assert "transitively-blocking-call-in-async" in depth
    assert "messages/blocking-call-in-async.html" not in depth


def test_landing_page_shows_the_captured_comparison_and_every_message(html: Path) -> None:
    text = _text(html / "index.html")
    for tool in ("ruff", "flake8", "bandit"):
        captured = (DOCS / "compare" / "output" / f"{tool}.txt").read_text(encoding="utf-8")
        assert captured.splitlines()[0] in text
    for line in (DOCS / "compare" / "output" / "pylint.txt").read_text().splitlines()[2:]:
        assert line in text
    assert "pip install checkers-pkg\n" not in text  # not published yet
    assert "git+https://" in text
    for symbol in SYMBOLS:
        assert symbol in text


def test_inference_api_page_lists_the_whole_public_api(html: Path) -> None:
    text = _text(html / "guides" / "inference-api.html")
    assert "Stability" in text
    for name in inference.__all__:
        assert f"{name}(" in text, name


@pytest.mark.skipif(
    not all(importlib.util.find_spec(tool) for tool in ("ruff", "flake8", "bandit")),
    reason="the comparison needs ruff, flake8 and bandit (the test extra pins them)",
)
def test_landing_page_comparison_is_what_the_tools_print_today() -> None:
    completed = subprocess.run(
        [sys.executable, str(DOCS / "compare" / "capture.py"), "--check"],
        capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
