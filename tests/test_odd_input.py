"""Odd input never makes pylint report a crash with the suite loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from .lint_helpers import OUR_CHECKERS, crashes, lint


def _nested_calls(depth: int) -> str:
    return "f(" * depth + "1" + ")" * depth


ODD_SOURCES = {
    "empty": "",
    "only_comments": "# nothing here\n",
    "syntax_error": "def broken(:\n    return re.sub(\n",
    # 150 terms: plain pylint 4.1.4 itself crashes (astroid's rebuilder
    # recurses) from about 200 on, before any checker runs.
    "deep_binop": "import re\nPATTERN = " + " + ".join(['"a"'] * 150) + "\nre.sub(PATTERN, '', PATTERN, re.I)\n",
    "deep_calls": "import re\ndef f(x):\n    return x\nre.sub('a', 'b', 'c', " + _nested_calls(60) + ")\n",
    "deep_attributes": "import re\nre" + ".sub" * 300 + "('a', 'b', 'c', re.I)\n",
    "odd_code": (
        "import re\n"
        "class Odd(Odd): pass\n"
        "a = b\nb = a\n"
        "re.sub(*[], **{})\n"
        "re.compile().sub('a', 'b', re.I)\n"
        "lambda: re.split(',', '', re.M)\n"
        "async def g():\n    await re.sub('a', 'b', 'c', re.I)\n"
    ),
}


@pytest.mark.parametrize("name", sorted(ODD_SOURCES))
def test_odd_sources_do_not_crash(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.py"
    path.write_text(ODD_SOURCES[name])
    messages = lint("--disable=all", f"--enable={OUR_CHECKERS}", str(path))
    assert not crashes(messages)


def test_non_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin.py"
    path.write_bytes(b"import re\nNAME = '\xe9t\xe9'\nre.sub('a', 'b', NAME, re.I)\n")
    messages = lint(f"--enable={OUR_CHECKERS}", str(path))
    assert not crashes(messages)
    # pylint itself reports the undecodable bytes; we add nothing to that.
    assert {m.symbol for m in messages} & {"syntax-error", "parse-error"}


def test_generated_twenty_thousand_lines(tmp_path: Path) -> None:
    blocks = []
    for index in range(2500):
        blocks.append(
            f"def handler_{index}(text, flags=re.I):\n"
            f"    pattern = re.compile(r'{index}\\w+')\n"
            f"    text = pattern.sub('', text, {index % 3})\n"
            f"    return re.sub('a', 'b', text, flags=flags)\n"
            "\n"
        )
    source = "import re\n\n" + "\n".join(blocks)
    source += "re.sub('a', 'b', 'c', re.I)\n"
    assert source.count("\n") >= 15000
    path = tmp_path / "generated.py"
    path.write_text(source + "\n" * max(0, 20000 - source.count("\n")))
    messages = lint("--disable=all", f"--enable={OUR_CHECKERS}", str(path))
    assert not crashes(messages)
    assert [m.line for m in messages if m.symbol == "regex-flag-as-positional"] == [
        source.count("\n")
    ]


def test_the_linted_code_is_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "executed.txt"
    package = tmp_path / "booby"
    package.mkdir()
    trap = f"open({str(marker)!r}, 'w').write('ran')\n"
    (package / "__init__.py").write_text(trap + "import re\nFLAGS = re.I\n")
    (package / "trap.py").write_text(trap)
    (package / "user.py").write_text(
        "import re\nfrom booby import FLAGS\nfrom booby import trap\n"
        "re.sub('a', 'b', 'c', FLAGS)\n"
    )
    messages = lint(str(package))
    assert not marker.exists(), "linting executed the linted code"
    assert "regex-flag-as-positional" in {m.symbol for m in messages}
