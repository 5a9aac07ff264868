"""The pinned real-world corpus: wheels from the package index, cached.

Wheels carry the sources; nothing is installed and nothing is executed. The
cache lives in ``benchmarks/.corpus`` (ignored by git).
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

CACHE = Path(__file__).parent / ".corpus"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    paths: tuple[str, ...]  # what to lint, relative to the unpacked wheel

    @property
    def requirement(self) -> str:
        return f"{self.name}=={self.version}"


FULL = (
    Package("requests", "2.32.3", ("requests",)),
    Package("flask", "3.1.0", ("flask",)),
    Package("httpx", "0.28.1", ("httpx",)),
    Package("starlette", "0.41.3", ("starlette",)),
    Package("paramiko", "3.5.0", ("paramiko",)),
    Package("celery", "5.4.0", ("celery",)),
    Package("babel", "2.16.0", ("babel",)),
    Package("aiohttp", "3.11.11", ("aiohttp",)),
    Package(
        "django",
        "5.1.4",
        tuple(f"django/{part}" for part in ("db", "core", "utils", "http", "template",
                                           "contrib/auth")),
    ),
    Package("sqlalchemy", "2.0.36", ("sqlalchemy/engine", "sqlalchemy/ext")),
)
SMALL = FULL[:5]


def _unpacked(package: Package) -> Path:
    return CACHE / "src" / f"{package.name}-{package.version}"


def fetch(packages: tuple[Package, ...]) -> None:
    """Download and unpack whatever is not cached yet."""
    missing = [p for p in packages if not _unpacked(p).exists()]
    if not missing:
        return
    wheels = CACHE / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
         "--only-binary=:all:", "--dest", str(wheels), *(p.requirement for p in missing)],
        check=True,
    )
    for package in missing:
        prefix = f"{package.name.lower()}-{package.version}-"
        (wheel,) = [w for w in wheels.glob("*.whl") if w.name.lower().startswith(prefix)]
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(_unpacked(package))


def lint_targets(packages: tuple[Package, ...]) -> list[Path]:
    """The directories to lint, fetching the corpus first if needed."""
    fetch(packages)
    return [_unpacked(p) / path for p in packages for path in p.paths]


def count_lines(targets: list[Path]) -> int:
    return sum(
        len(path.read_bytes().splitlines()) for target in targets for path in target.rglob("*.py")
    )
