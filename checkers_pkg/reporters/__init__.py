"""Output formats pylint lacks: SARIF 2.1.0 for code scanning.

``checkers_pkg.register`` registers them with the linter, so
``--output-format=sarif`` works whenever the plugin is loaded (command line,
``load-plugins`` in a configuration file, and in ``-j N`` workers, which load
the plugins again)."""

from __future__ import annotations

from checkers_pkg.reporters.sarif import SarifReporter

ALL_REPORTERS = (SarifReporter,)

__all__ = ["ALL_REPORTERS", "SarifReporter"]
