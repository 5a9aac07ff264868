"""The value model: record fields read from the constructor call, enum
members read by name, paths built from constants, members found in C3
order. Real astroid trees; every answer checked against what Python does."""

from __future__ import annotations

import pytest
from astroid import bases, nodes

from checkers_pkg.inference.enums import member_by_name
from checkers_pkg.inference.mro import defining_class, resolution_orders_differ
from checkers_pkg.inference.paths import constant_path
from checkers_pkg.inference.records import field_value, is_named_tuple, record_fields
from checkers_pkg.inference.values import constant_value, known_values
from tests.unit.conftest import extract

RECORDS = """
import dataclasses, typing
import attr

@dataclasses.dataclass(frozen=True)
class Tls:
    verify: bool = True

@dataclasses.dataclass(frozen=True)
class Config:
    url: str
    check_certs: bool = True
    spool: str = dataclasses.field(default="/var/spool")
    tls: Tls = dataclasses.field(default_factory=Tls)
    retries: typing.ClassVar[int] = 3

class Endpoint(typing.NamedTuple):
    url: str
    verify: bool = True

@attr.s
class Job:
    queue = attr.ib(default="default")
    user = attr.ib()

LAB = Config("https://lab", False, tls=Tls(verify=False))
PROD = Config("https://prod")
LEGACY = Endpoint("https://old", False)
NIGHTLY = Job(user="cron")
ALIAS = LAB
"""


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("LAB.check_certs", False),  # positional, in field order
        ("PROD.check_certs", True),  # the default
        ("LAB.spool", "/var/spool"),  # field(default=...)
        ("LAB.tls.verify", False),  # a field of a field
        ("ALIAS.check_certs", False),  # through an alias
        ("LEGACY.verify", False),  # NamedTuple, positional
        ("NIGHTLY.queue", "default"),  # attrs default
        ("NIGHTLY.user", "cron"),  # attrs keyword
    ],
)
def test_record_fields_hold_what_the_constructor_gave(expression: str, expected: object) -> None:
    node = extract(RECORDS + f"\n{expression}  #@\n", module_name="settings")[0]
    assert constant_value(node) == (True, expected)


def test_record_fields_are_in_order_without_class_variables() -> None:
    config = extract(RECORDS + "\nConfig  #@\n", module_name="settings")[0]
    cls = known_values(config)[0]
    assert isinstance(cls, nodes.ClassDef)
    fields = record_fields(cls)
    assert fields is not None and list(fields) == ["url", "check_certs", "spool", "tls"]
    assert fields["tls"] is None  # a default_factory is not a readable default


def test_unreadable_fields_are_left_to_astroid() -> None:
    node = extract(RECORDS + "\nConfig(*ARGS).check_certs  #@\nLAB.url.upper  #@\n")
    assert field_value(node[0]) is None  # star-args: positions unknown
    assert field_value(node[1]) is None  # not a field


def test_named_tuples_are_recognised_and_plain_classes_are_not() -> None:
    endpoint, tls = extract(RECORDS + "\nEndpoint  #@\nTls  #@\n", module_name="settings")
    assert is_named_tuple(known_values(endpoint)[0])
    assert not is_named_tuple(known_values(tls)[0])


ENUMS = """
import enum
class Mode(str, enum.Enum):
    SAFE = "data"
    COMPAT = "fully_trusted"
class Plain:
    SAFE = "x"
"""


def test_enum_members_by_name() -> None:
    member, value, unknown, plain = extract(
        ENUMS + 'Mode["COMPAT"]  #@\nMode["COMPAT"].value  #@\nMode[key]  #@\nPlain["SAFE"]  #@\n',
        module_name="modes",
    )
    assert [type(found) for found in member_by_name(member)] == [bases.Instance]
    assert constant_value(value) == (True, "fully_trusted")
    assert member_by_name(unknown) == ()
    assert member_by_name(plain) == ()


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('os.path.join(SPOOL, "q")', "/tmp/spool/q"),
        ('Path(SPOOL, "q").joinpath("a", "b")', "/tmp/spool/q/a/b"),
        ('Path(SPOOL) / "q"', "/tmp/spool/q"),
        ('Path("/srv", "/tmp/x")', "/tmp/x"),  # an absolute part restarts the path
        ("built", "/tmp/spool/built"),
        ("Path(SPOOL, user)", None),
        ('entry("a")', "/tmp/spool/a.job"),  # a helper's parameter and default
        ('entry("a", ".lock")', "/tmp/spool/a.lock"),
        ("entry(user)", None),  # the caller's own parameter
        ('either("a", user)', None),  # two returns, two places
        ('via_helper("a")', "/tmp/spool/a.job"),
        ('Box().entry("a")', None),  # methods are not read
        ('Path(os.getcwd(), "q")', None),  # a C function: no signature to bind
    ],
)
def test_constant_paths(expression: str, expected: str | None) -> None:
    code = f"""
    import os
    from pathlib import Path
    SPOOL = "/tmp/spool"
    built = Path(SPOOL) / "built"
    def entry(name, suffix=".job"):
        return Path(SPOOL) / f"{{name}}{{suffix}}"
    def either(name, shared):
        if shared:
            return Path(SPOOL) / name
        return Path("/srv") / name
    def via_helper(name):
        base = entry(name)
        return base
    class Box:
        def entry(self, name):
            return Path(SPOOL) / name
    def f(user):
        {expression}  #@
    """
    assert constant_path(extract(code, module_name="paths")[0]) == expected


DIAMOND = """
class Base:
    def _copy(self): ...
class SyncSub(Base): ...
class AsyncBase(Base):
    async def _copy(self): ...
class Both(SyncSub, AsyncBase):
    def run(self):
        self._copy  #@
class Single(SyncSub): ...
Both  #@
Single  #@
"""


def test_members_are_found_in_c3_order() -> None:
    member, both, single = extract(DIAMOND, module_name="diamond")
    both_class, single_class = known_values(both)[0], known_values(single)[0]
    assert resolution_orders_differ(both_class)
    assert not resolution_orders_differ(single_class)
    owner = defining_class(both_class, "_copy")
    assert owner is not None and owner.name == "AsyncBase"
    values = known_values(member)
    assert [value.parent.name for value in values] == ["AsyncBase"]


def test_the_model_does_not_recurse_on_long_chains() -> None:
    chain = extract("x = None\nx" + ".attr" * 300 + "  #@\n")[0]
    assert constant_value(chain) == (False, None)


def test_a_loop_over_an_enum_class_takes_its_members() -> None:
    tool, value, other = extract(
        ENUMS
        + "for mode in Mode:\n    mode  #@\n    mode.value  #@\n"
        + "for item in Plain.SAFE:\n    item  #@\n",
        module_name="loops",
    )
    assert len(known_values(tool)) == 2
    assert sorted(v.value for v in known_values(value)) == ["data", "fully_trusted"]
    assert not any(isinstance(v, bases.Instance) for v in known_values(other))
