"""Pure builtins whose result is dropped: a forgotten assert, a lost total."""

from dataclasses import dataclass
from enum import Enum

from _metrics_lib import compat
from _metrics_lib.compat import sum as add_to_total


class Unit(Enum):
    SECONDS = "s"
    MINUTES = "min"


@dataclass(frozen=True)
class Sample:
    name: str
    value: float
    unit: Unit = Unit.SECONDS


class Base:
    """Plugins derive from this."""


def validate(sample: Sample, samples: list[Sample], plugin_class: type) -> None:
    isinstance(sample.value, float)  # [ignored-return-value]
    isinstance(sample.unit, Unit)  # [ignored-return-value]
    issubclass(plugin_class, Base)  # [ignored-return-value]
    any(s.value < 0 for s in samples)  # [ignored-return-value]
    all(s.unit is Unit.SECONDS for s in samples)  # [ignored-return-value]
    callable(plugin_class)  # [ignored-return-value]


def summarise(samples: list[Sample], seconds: int) -> tuple[int, int]:
    values = [s.value for s in samples]
    sum(values)  # [ignored-return-value]
    divmod(seconds, 60)  # [ignored-return-value]
    minutes, rest = divmod(seconds, 60)
    return minutes, rest


def look_alikes(samples: list[Sample], checks, seconds: int) -> bool:
    """Results used, calls consumed for their effects, and user functions
    that merely share a builtin's name."""
    assert isinstance(samples, list)
    if not all(isinstance(s, Sample) for s in samples):
        raise TypeError("not a sample")
    any(check() for check in checks)
    compat.sum("latency", 1.0)
    add_to_total("latency", 2.0)
    compat.isinstance(samples, list)
    ok = divmod(seconds, 7)
    return bool(ok)


def shadowed_here(samples: list[Sample]) -> None:
    """A local function called sum, and a parameter called all."""

    def sum(values):  # pylint: disable=redefined-builtin
        print(len(values))

    sum(samples)


def with_parameter(all, any):  # pylint: disable=redefined-builtin
    all(1)
    any()


class Metrics:
    """A class whose methods reuse builtin names."""

    def divmod(self, seconds):
        print(seconds)
        return seconds

    def record(self, seconds):
        self.divmod(seconds)


def test_summary(samples: list[Sample]) -> None:
    """In a test a bare call checks that it does not raise; a type test
    cannot fail, so alone on its line it is an assert left out."""
    result = summarise(samples, 90)
    isinstance(result, tuple)  # [ignored-return-value]
    sum(s.value for s in samples)
    divmod(90, 60)
