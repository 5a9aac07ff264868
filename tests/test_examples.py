"""The README's demo: the bundled project, configured through its own
pyproject.toml (``load-plugins`` under ``[tool.pylint.main]``), prints the
findings it was written to show."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parent.parent / "examples"


def test_demo_project_reports_its_bugs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"--rcfile={EXAMPLES / 'pyproject.toml'}",
         "--score=n", "--msg-template={path}:{line}:{symbol}", str(EXAMPLES / "inventory")],
        capture_output=True, text=True, check=False, timeout=300, cwd=EXAMPLES.parent,
    )
    findings = sorted(
        line.replace("\\", "/").split("examples/inventory/", 1)[1]
        for line in result.stdout.splitlines()
        if "examples/inventory/" in line.replace("\\", "/")
    )
    assert findings == [
        "deploy.py:23:shell-command-injection",
        "deploy.py:26:unsafe-archive-extraction",
        "deploy.py:27:tls-verification-disabled",
        "deploy.py:32:unsafe-deserialization",
        "deploy.py:37:sql-query-injection",
        "fetcher.py:26:coroutine-used-as-result",
        "pricing.py:13:ignored-return-value",
        "pricing.py:19:mutable-fromkeys-value",
        "pricing.py:36:mock-assertion-no-op",
        "reports.py:11:logging-format-mismatch",
        "reports.py:12:translation-formatted-too-early",
        "reports.py:16:translation-positional-placeholders",
        "reports.py:20:format-from-locals",
        "reports.py:20:format-key-not-in-scope",
        "reports.py:25:translation-non-literal-message",
        "search.py:12:regex-flag-as-positional",
        "storage.py:21:blocking-call-in-async",
        "sync.py:18:coroutine-in-boolean-context",
        "sync.py:20:transitively-blocking-call-in-async",
        "sync.py:22:unawaited-coroutine",
        "sync.py:27:dangling-task",
        "text.py:17:regex-flag-as-positional",
        "text.py:21:regex-flag-as-positional",
    ], result.stdout + result.stderr
    # pylint's exit status is a bit mask: 2 errors, 4 warnings issued.
    assert result.returncode == 2 | 4
