"""What code scanning shows for a rule: a title without ``%s`` templates,
tags (``security`` and a CWE for the security rules, which GitHub reads
with ``security-severity`` to rank alerts), and a precision."""

from __future__ import annotations

import re

# GitHub's scale: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium.
SECURITY = {
    "shell-command-injection": ("9.1", "78"),
    "sql-query-injection": ("8.8", "89"),
    "unsafe-deserialization": ("8.1", "502"),
    "tls-verification-disabled": ("7.4", "295"),
    "unsafe-archive-extraction": ("7.5", "22"),
    "insecure-temp-file": ("5.5", "377"),
}
# Our rules' titles, as code scanning lists them (the message templates hold
# %s and the descriptions run long).
TITLES = {
    "unawaited-coroutine": "Coroutine function called without await: its body never runs",
    "coroutine-in-boolean-context": "Coroutine used as a test: always true",
    "blocking-call-in-async": "Blocking call inside async def stops the event loop",
    "transitively-blocking-call-in-async": "Async def calls a sync helper that blocks the loop",
    "coroutine-used-as-result": "Coroutine used as if it were its awaited result",
    "sync-only-call-in-async": (
        "Django ORM query or async-unsafe call in async def: SynchronousOnlyOperation"
    ),
    "dangling-task": "Task created and not kept: it may be garbage-collected mid-flight",
    "logging-format-mismatch": "Logging template does not fit its arguments: the record is lost",
    "format-from-locals": "String formatted from locals(), vars() or __dict__",
    "format-key-not-in-scope": "Template key not bound in scope: KeyError when formatted",
    "translation-formatted-too-early": (
        "Message formatted before translation: the catalogue never matches"
    ),
    "translation-positional-placeholders": "Translatable message with several unnamed placeholders",
    "translation-non-literal-message": "Translation of a non-literal message extraction cannot see",
    "shell-command-injection": "Shell command built from a non-constant part",
    "sql-query-injection": "SQL query built from a non-constant part",
    "unsafe-deserialization": "Deserialisation that can run code from its input",
    "tls-verification-disabled": "TLS certificate verification turned off",
    "insecure-temp-file": "Predictable temporary file in a shared directory",
    "unsafe-archive-extraction": "Archive extraction that can write outside its target",
    "regex-flag-as-positional": "Regex flag passed by position as a count, maxsplit or position",
    "ignored-return-value": "Result of a call that only returns a value is dropped",
    "mock-assertion-no-op": "Mock assertion that checks nothing",
    "mutable-fromkeys-value": "dict.fromkeys with a mutable value shared by every key",
}
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifgeExXoca]")
_SENTENCE = re.compile(r"(.+?\.)(\s|$)")
_TITLE_LIMIT = 200


def short_description(symbol: str, template: str, description: str) -> str:
    """A rule's title: ours from TITLES; pylint's the first sentence of its
    description, else its template with the placeholders written as "…"."""
    if symbol in TITLES:
        return TITLES[symbol]
    text = " ".join(description.split())
    match = _SENTENCE.match(text)
    if match and 10 < len(match.group(1)) <= _TITLE_LIMIT:
        return match.group(1)
    title = _PLACEHOLDER.sub("…", template).replace("%%", "%")
    return title or text


def rule_properties(
    symbol: str, category: str, checker_name: str, ours: bool
) -> dict[str, object]:
    """Tags, precision and, for security rules, CWE and security-severity."""
    tags = [category, checker_name]
    properties: dict[str, object] = {"tags": tags, "precision": "high" if ours else "medium"}
    if symbol in SECURITY:
        severity, cwe = SECURITY[symbol]
        tags += ["security", f"external/cwe/cwe-{cwe}"]
        properties["security-severity"] = severity
    return properties
