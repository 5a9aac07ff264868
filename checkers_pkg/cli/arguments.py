"""The command's own options, taken out before the rest goes to pylint."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

USAGE = """\
checkers-pkg [--diff | --fix [--unsafe-fixes]] [--baseline FILE | --write-baseline FILE]
             [pylint options] FILES

  --diff                 print a unified diff of every available fix, change nothing;
                         exit 1 when there is one
  --fix                  apply the fixes in place, then report what is left
  --unsafe-fixes         also apply fixes that may change behaviour (listed otherwise)
  --baseline FILE        report only findings not recorded in FILE
  --write-baseline FILE  record today's findings in FILE and exit 0
"""


class UsageError(Exception):
    """A bad combination of the command's own options."""


@dataclass
class Options:
    """The command's own options."""

    diff: bool = False
    fix: bool = False
    unsafe_fixes: bool = False
    baseline: Path | None = None
    write_baseline: Path | None = None

    @property
    def collects(self) -> bool:
        """Whether findings are held back until the lint ends."""
        return bool(self.diff or self.fix or self.baseline or self.write_baseline)


_FLAGS = {"--diff": "diff", "--fix": "fix", "--unsafe-fixes": "unsafe_fixes"}
_FILES = {"--baseline": "baseline", "--write-baseline": "write_baseline"}


def split_arguments(argv: list[str]) -> tuple[Options, list[str]]:
    """Our options, and pylint's arguments in their order."""
    options, rest = Options(), []
    items = iter(argv)
    for argument in items:
        if argument == "--":
            rest.append(argument)
            rest.extend(items)
            break
        name, equals, value = argument.partition("=")
        if argument in _FLAGS:
            setattr(options, _FLAGS[argument], True)
        elif name in _FILES:
            if not equals:
                value = next(items, "")
            if not value:
                raise UsageError(f"{name} needs a file name")
            setattr(options, _FILES[name], Path(value))
        else:
            rest.append(argument)
    if options.diff and options.fix:
        raise UsageError("--diff and --fix do not go together: --diff shows, --fix applies")
    if options.baseline and options.write_baseline:
        raise UsageError("--baseline and --write-baseline do not go together")
    if options.write_baseline and (options.diff or options.fix):
        raise UsageError("--write-baseline records findings; run --fix or --diff separately")
    return options, rest
