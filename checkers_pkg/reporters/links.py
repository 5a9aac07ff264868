"""Where a message is documented: one place, used by the SARIF reporter's
``helpUri`` and by the docs build, so the two cannot disagree."""

from __future__ import annotations

# The documentation site built from docs/ (``.readthedocs.yaml`` builds it
# there); a message page is reference/messages/<symbol>.html below it. Until
# the site is published, links that must resolve today (SARIF's helpUri,
# shown by code scanning) point at the message's docs in the repository.
DOCS_URL = "https://checkers-pkg.readthedocs.io/en/latest/"
REPOSITORY_URL = "https://github.com/checkers-pkg/checkers_pkg"
REPOSITORY_DOCS_URL = f"{REPOSITORY_URL}/blob/main/docs/"
PYLINT_DOCS_URL = "https://pylint.readthedocs.io/en/stable/user_guide/messages/"
OUR_CHECKER_PREFIX = "checkers-pkg-"


def message_page(symbol: str) -> str:
    """The page of one of our messages, relative to the docs root."""
    return f"reference/messages/{symbol}.html"


def message_source(symbol: str) -> str:
    """The message's prose in the repository, relative to ``docs/``."""
    return f"messages/{symbol}/details.rst"


def message_help_uri(symbol: str, checker_name: str, category: str) -> str:
    """Our message's docs in the repository (they resolve before the site is
    published); pylint's own page for everything else."""
    if checker_name.startswith(OUR_CHECKER_PREFIX):
        return REPOSITORY_DOCS_URL + message_source(symbol)
    folder = "information" if category in {"info", "information"} else category
    return f"{PYLINT_DOCS_URL}{folder}/{symbol}.html"


# pylint's message categories by the first letter of a message id.
CATEGORIES = {
    "C": "convention",
    "R": "refactor",
    "W": "warning",
    "E": "error",
    "F": "fatal",
    "I": "info",
}


def message_category(msg_id: str) -> str:
    """pylint's category word for a message id (``W7401`` -> ``warning``)."""
    return CATEGORIES.get(msg_id[:1], "warning")
