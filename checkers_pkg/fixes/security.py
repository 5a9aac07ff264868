"""Fixes of the security messages that have one right edit: a safe YAML
loader, ``weights_only=True`` for torch, ``filter="data"`` for tar archives.
All unsafe: data that loaded before may now be refused."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from astroid import nodes

from checkers_pkg.fixes.model import Edit
from checkers_pkg.fixes.registry import Proposal, fixer, reported_node
from checkers_pkg.fixes.source import Source
from checkers_pkg.fixes.syntax import keyword_named, replace, set_keyword

if TYPE_CHECKING:
    from pylint.message import Message

_YAML_SAFE = {"load": "safe_load", "load_all": "safe_load_all",
              "unsafe_load": "safe_load", "unsafe_load_all": "safe_load_all"}


def _yaml(source: Source, call: nodes.Call, api: str) -> Proposal | None:
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in _YAML_SAFE:
        return None  # ``from yaml import load``: no module name to write
    module = source.segment(func.expr)
    loader = keyword_named(call, "Loader")
    if loader is None and len(call.args) >= 2 and api in {"yaml.load", "yaml.load_all"}:
        loader = call.args[1]
    elif loader is not None:
        loader = loader.value
    if loader is not None:
        return Proposal(
            "load with yaml.SafeLoader", (replace(source, loader, f"{module}.SafeLoader"),), False
        )
    if any(isinstance(arg, nodes.Starred) for arg in call.args) or any(
        kw.arg is None for kw in call.keywords or ()
    ):
        return None
    end = source.end(func)
    edit = Edit(end - len(func.attrname), end, _YAML_SAFE[func.attrname])
    return Proposal(f"use yaml.{_YAML_SAFE[func.attrname]}()", (edit,), False)


def _torch(source: Source, call: nodes.Call) -> Proposal | None:
    edit = set_keyword(source, call, "weights_only", "True")
    if edit is None:
        return None
    return Proposal("load weights only (weights_only=True)", (edit,), False)


@fixer(
    "unsafe-deserialization",
    "unsafe",
    "``yaml.load`` gets ``Loader=yaml.SafeLoader`` (or becomes ``yaml.safe_load``), "
    "``torch.load`` gets ``weights_only=True``; pickle and the others have no "
    "drop-in safe replacement",
)
def safe_loader(source: Source, message: Message, _others: Sequence[Message]) -> Proposal | None:
    """A safe YAML loader, or ``weights_only=True`` for torch."""
    call = reported_node(source, message, nodes.Call)
    if call is None:
        return None
    api = (message.msg or "").split(" ", 1)[0]
    if api.startswith("yaml."):
        return _yaml(source, call, api)
    if api == "torch.load":
        return _torch(source, call)
    return None


@fixer(
    "unsafe-archive-extraction",
    "unsafe",
    '``filter="data"`` added (or put in place of ``filter="fully_trusted"``)',
)
def data_filter(source: Source, message: Message, _others: Sequence[Message]) -> Proposal | None:
    """``filter="data"`` for a tar extraction."""
    call = reported_node(source, message, nodes.Call)
    if call is None:
        return None
    edit = set_keyword(source, call, "filter", '"data"')
    if edit is None:
        return None
    return Proposal('extract with filter="data"', (edit,), False)
