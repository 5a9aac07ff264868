"""Sphinx configuration: message pages are generated from the checkers.

The message table in each checker module is the one source of truth: the
title, id, template and description come from ``msgs``; the examples are the
tested ``messages/<symbol>/bad.py`` and ``good.py``; ``details.rst`` adds prose.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOCS = Path(__file__).parent
sys.path.insert(0, str(DOCS.parent))

from checkers_pkg import __version__  # noqa: E402
from checkers_pkg.checkers import ALL_CHECKERS  # noqa: E402

project = "checkers_pkg"
copyright = "checkers_pkg developers"  # pylint: disable=redefined-builtin
release = version = __version__
extensions: list[str] = []
exclude_patterns = ["_build", "messages"]  # included by the generated pages
html_theme = "alabaster"
nitpicky = True

GENERATED = DOCS / "_generated"


def _underline(text: str, char: str) -> str:
    return f"{text}\n{char * len(text)}\n"


def _plain_text(text: str) -> str:
    """Escape reST inline markup, so prose like ``**locals()`` or ``N_`` renders as typed."""
    return re.sub(r"([\\*`|_])", r"\\\1", text)


def _message_page(checker_name: str, msgid: str, message: tuple) -> str:
    template, symbol, description = message[:3]
    examples = DOCS / "messages" / symbol
    parts = [
        f".. _{symbol}:\n",
        _underline(f"{symbol} ({msgid})", "="),
        f"*Checker:* ``{checker_name}`` · *Template:* ``{template}``\n",
        f"{_plain_text(description)}\n",
    ]
    if (examples / "details.rst").exists():
        parts.append(f".. include:: ../messages/{symbol}/details.rst\n")
    for kind, title in (("bad", "Problematic code"), ("good", "Correct code")):
        if (examples / f"{kind}.py").exists():
            parts += [
                _underline(title, "-"),
                f".. literalinclude:: ../messages/{symbol}/{kind}.py\n   :language: python\n",
            ]
    return "\n".join(parts)


def _options_page() -> str:
    parts = [_underline("Options", "=")]
    parts.append(
        "Every option goes in ``[tool.pylint.<section>]`` of ``pyproject.toml`` "
        "(or the matching section of a pylintrc) or on the command line as "
        "``--<name>=<value>``. List options add to the built-in defaults.\n"
    )
    found = False
    for checker in ALL_CHECKERS:
        for name, spec in checker.options:
            found = True
            parts += [
                _underline(f"``{name}``", "-"),
                f"*Checker:* ``{checker.name}`` · *Default:* ``{spec.get('default')!r}``\n",
                f"{_plain_text(spec.get('help', ''))}\n",
            ]
    if not found:
        parts.append("No checker of this release takes options yet.\n")
    return "\n".join(parts)


def generate(_app: object = None) -> None:
    GENERATED.mkdir(exist_ok=True)
    symbols = []
    for checker in ALL_CHECKERS:
        for msgid, message in sorted(checker.msgs.items()):
            symbol = message[1]
            symbols.append(symbol)
            (GENERATED / f"{symbol}.rst").write_text(_message_page(checker.name, msgid, message))
    index = [_underline("Messages", "="), ".. toctree::\n   :maxdepth: 1\n"]
    index += [f"   {symbol}" for symbol in sorted(symbols)]
    (GENERATED / "messages.rst").write_text("\n".join(index) + "\n")
    (GENERATED / "options.rst").write_text(_options_page())


def setup(app: object) -> None:
    app.connect("builder-inited", generate)  # type: ignore[attr-defined]
