"""Sphinx configuration: the reference is generated from the checkers.

The checkers' ``msgs`` and ``options`` are the one source of truth: each
message page takes its id, symbol, template and description from ``msgs``,
its examples from ``messages/<symbol>/{bad,good}.py`` (linted by the test
suite), its prose from ``details.rst``, ``peers.rst`` and ``limits.rst``
beside them, and the output of its bad example from running pylint on it
while the docs build. A message added to a checker, with its folder, appears
without any edit here. Everything generated goes to ``reference/`` (ignored
by git).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))

from checkers_pkg import __version__  # noqa: E402  # pylint: disable=wrong-import-position
from checkers_pkg.checkers import ALL_CHECKERS  # noqa: E402  # pylint: disable=wrong-import-position
from checkers_pkg.fixes import FIX_DOCS  # noqa: E402  # pylint: disable=wrong-import-position
from checkers_pkg.reporters.links import message_category  # noqa: E402  # pylint: disable=wrong-import-position

project = "checkers_pkg"
copyright = "checkers_pkg developers"  # pylint: disable=redefined-builtin
release = version = __version__
extensions: list[str] = []
exclude_patterns = ["_build", "messages", "compare", "screenshots", "reference/examples"]
html_theme = "furo"
html_title = f"checkers_pkg {release}"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
nitpicky = True
# The tool versions of the landing page's comparison, as captured.
_VERSIONS = (DOCS / "compare" / "output" / "versions.txt").read_text(encoding="utf-8").strip()
rst_epilog = f".. |tool-versions| replace:: {_VERSIONS}\n"

REFERENCE = DOCS / "reference"
EXAMPLES = REFERENCE / "examples"
MARKER = re.compile(r"\s*#\s*\[[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*\]\s*$")
THEMES = {
    "async": "Async code",
    "logging-i18n": "Logging and translations",
    "correctness": "Correctness",
    "security": "Security",
}


def _underline(text: str, char: str) -> str:
    return f"{text}\n{char * len(text)}\n"


def _plain_text(text: str) -> str:
    """Escape reST inline markup, so prose like ``**locals()`` or ``N_`` renders as typed."""
    return re.sub(r"([\\*`|_])", r"\\\1", " ".join(text.split()))


def _literal(text: str) -> str:
    """Inline literal that survives any content (templates hold quotes, %s...)."""
    return f":literal:`{text.replace('`', chr(92) + '`')}`"


def _theme(checker_name: str) -> str:
    short = checker_name.removeprefix("checkers-pkg-")
    return THEMES.get(short, short.replace("-", " ").capitalize())


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?\.)(\s|$)", text)
    return match.group(1) if match else text


def _messages() -> list[tuple[Any, str, tuple]]:
    """(checker class, msgid, message tuple) for every message, ordered by id."""
    return sorted(
        (
            (checker, msgid, message)
            for checker in ALL_CHECKERS
            for msgid, message in checker.msgs.items()
        ),
        key=lambda item: item[1],
    )


def _toml(value: object) -> str:
    """A default as TOML writes it: lists in brackets, never Python's ``()``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if value is None:
        return '""'
    return json.dumps(str(value))


# -- examples and their generated output ---------------------------------


def _strip_markers(symbol: str) -> tuple[str, list[int]]:
    """bad.py without the test suite's ``# [symbol]`` markers, and the
    numbers of the marked lines (highlighted instead)."""
    lines, flagged = [], []
    text = (DOCS / "messages" / symbol / "bad.py").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = MARKER.sub("", line)
        if stripped != line:
            flagged.append(number)
        lines.append(stripped)
    return "\n".join(lines) + "\n", flagged


def _pylint_output(symbol: str, rcfile: Path) -> str:
    """What pylint prints on bad.py, run in the example's folder so the
    output names ``bad.py`` as a user would see it."""
    enable = ",".join(checker.name for checker in ALL_CHECKERS)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    completed = subprocess.run(
        [
            sys.executable, "-m", "pylint", f"--rcfile={rcfile}", "--persistent=n",
            "--load-plugins=checkers_pkg", "--disable=all", f"--enable={enable}",
            "--score=n", "bad.py",
        ],
        cwd=DOCS / "messages" / symbol, env=env, capture_output=True, text=True, check=False,
    )
    if completed.returncode & 33 or "Traceback" in completed.stderr:
        raise RuntimeError(f"pylint failed on messages/{symbol}/bad.py:\n{completed.stderr}")
    return f"$ pylint bad.py\n{completed.stdout.rstrip()}\n"


def _fix_output(symbol: str, rcfile: Path) -> str:
    """What ``checkers-pkg --diff --unsafe-fixes`` prints on the displayed
    copy of bad.py (empty when no finding there has a fix)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    completed = subprocess.run(
        [
            sys.executable, "-m", "checkers_pkg", f"--rcfile={rcfile}", "--persistent=n",
            "--diff", "--unsafe-fixes", "bad.py",
        ],
        cwd=EXAMPLES / symbol, env=env, capture_output=True, text=True, check=False,
    )
    if completed.returncode not in (0, 1) or "Traceback" in completed.stderr:
        raise RuntimeError(f"checkers-pkg --diff failed on {symbol}/bad.py:\n{completed.stderr}")
    return completed.stdout


def _examples(symbols: list[str]) -> dict[str, list[int]]:
    """Write the displayed copies and outputs; return the flagged lines."""
    rcfile = REFERENCE / "empty.rc"
    rcfile.write_text("[MAIN]\n", encoding="utf-8")
    flagged = {}
    for symbol in symbols:
        folder = EXAMPLES / symbol
        folder.mkdir(parents=True, exist_ok=True)
        text, flagged[symbol] = _strip_markers(symbol)
        _write(folder / "bad.py", text)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        outputs = dict(
            zip(symbols, pool.map(lambda s: _pylint_output(s, rcfile), symbols), strict=True)
        )
    for symbol, output in outputs.items():
        _write(EXAMPLES / symbol / "bad.txt", output)
    fixable = [symbol for symbol in symbols if symbol in FIX_DOCS]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        diffs = dict(zip(fixable, pool.map(lambda s: _fix_output(s, rcfile), fixable), strict=True))
    for symbol, diff in diffs.items():
        _write(EXAMPLES / symbol / "bad.diff", diff)
    return flagged


def _write(path: Path, text: str) -> None:
    """Write only on change, so Sphinx rebuilds only what changed."""
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


# -- pages ----------------------------------------------------------------


def _docs_of(symbol: str) -> str:
    return " ".join(
        path.read_text(encoding="utf-8")
        for path in sorted((DOCS / "messages" / symbol).glob("*.rst"))
    )


def _names(symbol: str, text: str) -> bool:
    """``text`` names ``symbol`` as a whole word (not inside a longer symbol:
    blocking-call-in-async is not named by transitively-blocking-call-in-async)."""
    return re.search(rf"(?<![\w-]){re.escape(symbol)}(?![\w-])", text) is not None


def _options_affecting(checker: Any, symbol: str) -> list[str]:
    """An option affects the messages its help names and the messages whose
    own docs name it; an option named by none affects all its checker's."""
    symbols = [message[1] for message in checker.msgs.values()]
    names = []
    for name, spec in checker.options:
        targets = {
            s
            for s in symbols
            if _names(s, spec.get("help", "")) or f"``{name}``" in _docs_of(s)
        }
        if symbol in (targets or symbols):
            names.append(name)
    return names


def _message_page(checker: Any, msgid: str, message: tuple, flagged: list[int]) -> str:
    template, symbol, description = message[:3]
    folder = DOCS / "messages" / symbol
    category = message_category(msgid)
    parts = [
        f".. _msg-{symbol}:\n",
        _underline(f"{symbol} / {msgid}", "="),
        f":Message: {_literal(template)}",
        f":Id: ``{msgid}`` ({category})",
        f":Checker: ``{checker.name}`` "
        f"(:ref:`{_theme(checker.name).lower()} theme <theme-{checker.name}>`)",
        "",
        _underline("What it catches", "-"),
        f"{_plain_text(description)}\n",
    ]
    if (folder / "details.rst").exists():
        parts.append(f".. include:: ../../messages/{symbol}/details.rst\n")
    parts += [
        _underline("Problematic code", "-"),
        f".. literalinclude:: ../examples/{symbol}/bad.py\n   :language: python\n   :linenos:\n"
        + (f"   :emphasize-lines: {','.join(map(str, flagged))}\n" if flagged else ""),
        _underline("What pylint reports on it", "-"),
        "Generated when these docs were built, by running pylint with the suite "
        "on the example above:\n",
        f".. literalinclude:: ../examples/{symbol}/bad.txt\n"
        "   :language: text\n   :class: pylint-output\n",
        _underline("Correct code", "-"),
        f".. literalinclude:: ../../messages/{symbol}/good.py\n   :language: python\n",
        *_fix_section(symbol),
        _underline("How to disable it", "-"),
        "On one line, at its end (or ``disable-next`` on the line above):\n",
        f".. code-block:: python\n\n   result = call()  # pylint: disable={symbol}\n",
        "In a whole module, on a line of its own near the top:\n",
        f".. code-block:: python\n\n   # pylint: disable={symbol}\n",
        "For the project, in ``pyproject.toml``:\n",
        f'.. code-block:: toml\n\n   [tool.pylint."messages control"]\n   disable = ["{symbol}"]\n',
        f"On the command line: ``pylint --disable={symbol} src/``.\n",
        _underline("Options", "-"),
    ]
    options = _options_affecting(checker, symbol)
    if options:
        parts.append(
            "These options change what it reports:\n\n"
            + "\n".join(f"* :ref:`{name} <option-{name}>`" for name in options)
            + "\n"
        )
    else:
        parts.append("No option changes what it reports.\n")
    for name, title in (("peers", "Closest peer rule"), ("limits", "Known limits")):
        if (folder / f"{name}.rst").exists():
            parts += [_underline(title, "-"), f".. include:: ../../messages/{symbol}/{name}.rst\n"]
    return "\n".join(parts)


def _fix_section(symbol: str) -> list[str]:
    """Whether the message has a fix, safe or unsafe, and the fix of the
    example above as ``checkers-pkg --diff`` prints it."""
    parts = [_underline("Fix", "-")]
    fix = FIX_DOCS.get(symbol)
    if fix is None:
        return parts + [
            "No automatic fix: there is no single right edit (the message says what "
            "to do). See :doc:`../../guides/cli`.\n"
        ]
    kind = {
        "safe": "**safe** (``checkers-pkg --fix`` applies it)",
        "unsafe": "**unsafe** (it may change behaviour: ``checkers-pkg --fix "
        "--unsafe-fixes`` applies it, ``--fix`` alone only lists it)",
    }.get(fix.kind, f"**{fix.kind}** (an unsafe one is applied only with ``--unsafe-fixes``)")
    parts += [f":Fix: {kind}: {fix.summary}.\n"]
    diff = EXAMPLES / symbol / "bad.diff"
    if diff.exists() and diff.read_text(encoding="utf-8").strip():
        parts += [
            "On the example above, ``checkers-pkg --diff --unsafe-fixes bad.py`` prints "
            "(generated when these docs were built):\n",
            f".. literalinclude:: ../examples/{symbol}/bad.diff\n   :language: diff\n",
        ]
    else:
        parts.append("The example above has no finding this fix applies to.\n")
    parts.append("See :doc:`../../guides/cli` for ``--diff``, ``--fix`` and the baseline.\n")
    return parts


def _message_list(labels: bool) -> str:
    """Messages grouped by theme, one line each (landing page and index;
    only the index defines the theme labels, which must be unique)."""
    parts = []
    for checker in ALL_CHECKERS:
        if labels:
            parts.append(f".. _theme-{checker.name}:\n")
        parts.append(_underline(_theme(checker.name), "~" if labels else "^"))
        parts.append(
            f"Checker ``{checker.name}``: run it alone with "
            f"``--disable=all --enable={checker.name}``.\n"
        )
        for msgid, message in sorted(checker.msgs.items()):
            symbol, description = message[1], message[2]
            parts.append(
                f"* :ref:`{symbol} <msg-{symbol}>` ``{msgid}``: "
                f"{_plain_text(_first_sentence(description))}"
            )
        parts.append("")
    return "\n".join(parts)


def _messages_index(symbols: list[str]) -> str:
    return "\n".join(
        [
            _underline("Messages", "="),
            "Every message of the suite, by theme. Each page shows the message "
            "template, a bad and a good example (both linted by the test suite), "
            "the output pylint gives on the bad one, how to disable it, the options "
            "that change it, the closest rule of ruff, flake8, bandit or pylint, and "
            "its known limits.\n",
            ".. include:: _message_list.inc\n",
            ".. toctree::\n   :hidden:\n",
            *[f"   messages/{symbol}" for symbol in symbols],
            "",
        ]
    )


def _option_type(spec: dict[str, Any]) -> str:
    kind = spec.get("type", "string")
    return {
        "csv": "list of strings",
        "int": "integer",
        "yn": "boolean",
        "regexp": "regular expression",
        "regexp_csv": "list of regular expressions",
        "string": "string",
        "choice": "one of " + ", ".join(f"``{c}``" for c in spec.get("choices", ())),
    }.get(kind, kind)


def _options_page() -> str:
    parts = [
        _underline("Options", "="),
        "Options go in the checker's own section of ``pyproject.toml``, "
        "``[tool.pylint.<checker>]`` (or the same section of a pylintrc), or on "
        "the command line as ``--<name>=<value>``. List options *add* to the "
        "built-in lists; they never replace them. A bad value stops pylint with "
        "a usage error naming the option, before any file is linted.\n",
    ]
    found = False
    for checker in ALL_CHECKERS:
        if not checker.options:
            continue
        parts.append(_underline(f"``[tool.pylint.{checker.name}]``", "-"))
        for name, spec in checker.options:
            found = True
            default = spec.get("default")
            affects = [
                f":ref:`{m[1]} <msg-{m[1]}>`"
                for _, m in sorted(checker.msgs.items())
                if name in _options_affecting(checker, m[1])
            ]
            metavar = spec.get("metavar", "<value>")
            parts += [
                f".. _option-{name}:\n",
                _underline(f"``{name}``", "~"),
                f"{_plain_text(spec.get('help', ''))}\n",
                f":Type: {_option_type(spec)}",
                f":Default: ``{_toml(default)}``",
                f":Affects: {', '.join(affects) or 'every message of the checker'}",
                f":Command line: ``--{name}={metavar}``",
                "",
                ".. code-block:: toml\n\n"
                f"   [tool.pylint.{checker.name}]\n   {name} = {_toml(default)}\n",
            ]
    if not found:
        parts.append("No checker of this release takes options yet.\n")
    return "\n".join(parts)


def _inference_api() -> str:
    """The public inference API: every name of ``checkers_pkg.inference.__all__``
    with its signature and docstring, read from the code."""
    import inspect  # pylint: disable=import-outside-toplevel

    from checkers_pkg import inference  # pylint: disable=import-outside-toplevel

    parts = []
    for name in sorted(inference.__all__):
        obj = getattr(inference, name)
        target = inspect.unwrap(obj)
        try:
            signature = str(inspect.signature(target))
        except (TypeError, ValueError):
            signature = "(...)"
        doc = inspect.getdoc(target) or "Undocumented."
        parts += [
            f".. _api-{name}:\n",
            _underline(f"``{name}``", "~"),
            f".. code-block:: python\n\n   {name}{signature}\n",
            ".. code-block:: text\n\n"
            + "\n".join(f"   {line}" for line in doc.splitlines())
            + "\n",
        ]
    return "\n".join(parts)


def generate(_app: object = None) -> None:
    (REFERENCE / "messages").mkdir(parents=True, exist_ok=True)
    messages = _messages()
    symbols = [message[1] for _, _, message in messages]
    flagged = _examples(symbols)
    for checker, msgid, message in messages:
        _write(
            REFERENCE / "messages" / f"{message[1]}.rst",
            _message_page(checker, msgid, message, flagged[message[1]]),
        )
    _write(REFERENCE / "_message_list.inc", _message_list(labels=True))
    _write(REFERENCE / "_message_list_landing.inc", _message_list(labels=False))
    _write(REFERENCE / "messages.rst", _messages_index(sorted(symbols)))
    _write(REFERENCE / "options.rst", _options_page())
    _write(REFERENCE / "_inference_api.inc", _inference_api())


def setup(app: Any) -> dict[str, Any]:
    app.connect("builder-inited", generate)
    return {"parallel_read_safe": True}
