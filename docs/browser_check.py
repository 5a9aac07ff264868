"""Screenshots of the built docs at desktop and phone width, for a person to
look at (``tox -e docs-browser``; not in CI: it needs a browser).

Builds the site into ``docs/_build/html`` when it is missing (or with
``--build``), then asks headless Chromium (Debian's ``chromium``) for the
landing page and one message page at 1280 and 390 CSS pixels wide. The PNGs go
to ``docs/screenshots/``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
HTML = DOCS / "_build" / "html"
SHOTS = DOCS / "screenshots"
PAGES = {
    "landing": "index.html",
    "message": "reference/messages/regex-flag-as-positional.html",
    "options": "reference/options.html",
}
# (name, width, height): the first screen at each width, and a taller one.
SIZES = (
    ("desktop", 1280, 900),
    ("desktop-long", 1280, 2600),
    ("phone", 390, 844),
    ("phone-long", 390, 3000),
)


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("no Chromium found: apt-get install chromium")


def build() -> None:
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-q", "-b", "html",
         str(DOCS), str(HTML)],
        check=True,
    )


def screenshot(chromium: str, page: str, target: Path, width: int, height: int) -> None:
    subprocess.run(
        [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--force-device-scale-factor=1", f"--window-size={width},{height}",
            f"--screenshot={target}", (HTML / page).as_uri(),
        ],
        check=True, capture_output=True,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="rebuild the site first")
    args = parser.parse_args(argv)
    if args.build or not (HTML / "index.html").exists():
        build()
    chromium = browser()
    SHOTS.mkdir(exist_ok=True)
    for page_name, page in PAGES.items():
        for size_name, width, height in SIZES:
            target = SHOTS / f"{page_name}-{size_name}.png"
            screenshot(chromium, page, target, width, height)
            print(f"wrote {target.relative_to(DOCS.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
