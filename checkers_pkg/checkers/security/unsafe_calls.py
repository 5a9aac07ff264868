"""Calls and assignments that are unsafe by the values they are given:
deserialisers that run code, TLS verification turned off, predictable temp
files, archive extraction without a member filter.

Each question resolves the callee by its qualified names (import paths when a
library is not installed, definitions when it is) and judges the arguments by
their inferred values: ``Loader=`` through any alias, ``verify=`` through names
and ``**kwargs``, a temp path held in a constant of another module. Unsure
means safe: only a provably unsafe value is an answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.checkers.security.restorers import restored_by
from checkers_pkg.inference.arguments import MISSING, UNSURE, Passed, argument, truth
from checkers_pkg.inference.instances import constructor_calls, instance_type_names
from checkers_pkg.inference.names import (
    candidate_names,
    import_paths,
    qualified_names,
    short_names_of,
)
from checkers_pkg.inference.strings import string_value
from checkers_pkg.inference.values import constant_value, known_values


@dataclass(frozen=True)
class Unsafe:
    """What is unsafe: the API as the message names it, and why (may be empty)."""

    api: str
    reason: str = ""


def _table(public: str, *prefixes: str) -> dict[str, str]:
    """``public`` (``pickle.loads``) and the same member under other modules."""
    member = public.rsplit(".", 1)[-1]
    return {public: public, **{f"{prefix}.{member}": public for prefix in prefixes}}


# -- unsafe-deserialization -----------------------------------------------------

PICKLE_LIKE: dict[str, str] = {}


for _module in ("pickle", "_pickle", "cPickle", "dill", "cloudpickle"):
    for _member in ("load", "loads", "Unpickler"):
        PICKLE_LIKE[f"{_module}.{_member}"] = f"{_module}.{_member}"


PICKLE_LIKE.update(
    {
        "dill._dill.load": "dill.load", "dill._dill.loads": "dill.loads",
        **_table("marshal.load"), **_table("marshal.loads"),
        **_table("shelve.open"),
        **_table("jsonpickle.decode", "jsonpickle.unpickler"),
        # Building jsonpickle's Unpickler loads nothing; restore() does.
        **_table("jsonpickle.unpickler.Unpickler.restore", "jsonpickle.Unpickler"),
        **_table("pandas.read_pickle", "pandas.io.pickle"),
    }
)


PICKLE_DUMPERS = frozenset(
    f"{module}.{member}" for module in ("pickle", "_pickle", "cPickle", "dill", "cloudpickle")
    for member in ("dumps",)
)


NUMPY_LOAD = frozenset({"numpy.load", "numpy.lib.npyio.load", "numpy.lib._npyio_impl.load"})


TORCH_LOAD = frozenset({"torch.load", "torch.serialization.load"})


YAML_LOADS = frozenset({"yaml.load", "yaml.load_all", "yaml.__init__.load"})


YAML_UNSAFE = {
    "yaml.unsafe_load": "yaml.unsafe_load",
    "yaml.unsafe_load_all": "yaml.unsafe_load_all",
}


SAFE_LOADERS = frozenset({"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"})


_DESERIALIZER_SHORT = short_names_of(
    [*PICKLE_LIKE, *NUMPY_LOAD, *TORCH_LOAD, *YAML_LOADS, *YAML_UNSAFE]
)


def unsafe_deserialization(call: nodes.Call) -> Unsafe | None:
    """The deserialiser ``call`` runs, when it can run code from its input."""
    names = candidate_names(call, _DESERIALIZER_SHORT)
    if not PICKLE_LIKE.keys() & set(names):
        names = restored_by(call) or names  # ``Unpickler().restore(data)``, jsonpickle hidden
    if not names:
        return _unrestricted_unpickler(call)
    for name in names:
        if name in PICKLE_LIKE:
            if _is_round_trip(call):
                return None
            return Unsafe(PICKLE_LIKE[name])
        if name in YAML_UNSAFE:
            return Unsafe(YAML_UNSAFE[name])
        if name in YAML_LOADS:
            return _yaml_load(call, "yaml." + name.rsplit(".", 1)[-1])
        if name in NUMPY_LOAD:
            allowed = truth(argument(call, "allow_pickle", 2))
            return Unsafe("numpy.load", " with allow_pickle=True") if allowed else None
        if name in TORCH_LOAD:
            weights_only = argument(call, "weights_only")
            if weights_only is MISSING or truth(weights_only) is False:
                return Unsafe("torch.load", " without weights_only=True")
            return None
    return _unrestricted_unpickler(call)


UNPICKLERS = frozenset(name for name in PICKLE_LIKE if name.endswith(".Unpickler"))


def _unrestricted_unpickler(call: nodes.Call) -> Unsafe | None:
    """``LoggingUnpickler(f)``: a subclass of an ``Unpickler`` that does not
    override ``find_class`` (the restriction the pickle docs recommend)
    loads any global as its base does. Gated by the class's name, so that
    calls in general are not inferred."""
    func = call.func
    name = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", "")
    if "unpickler" not in name.lower():
        return None
    values = known_values(func)
    if len(values) != 1 or not isinstance(values[0], nodes.ClassDef):
        return None
    try:
        ancestry = [values[0], *values[0].ancestors()]
    except AstroidError:
        return None
    for cls in ancestry:
        if cls.qname() in UNPICKLERS:
            return Unsafe(values[0].name, " (an Unpickler that does not override find_class)")
        if "find_class" in cls.locals:
            return None
    return None


def _is_round_trip(call: nodes.Call) -> bool:
    """``pickle.loads(pickle.dumps(obj))``: a deep copy of the program's own data."""
    data = call.args[0] if call.args else None
    return isinstance(data, nodes.Call) and bool(PICKLE_DUMPERS.intersection(qualified_names(data)))


def _yaml_load(call: nodes.Call, api: str) -> Unsafe | None:
    loader = argument(call, "Loader", 1)
    if loader is UNSURE:
        return None
    if loader is MISSING:
        return Unsafe(api, " without a Loader")
    assert not isinstance(loader, Passed)
    verdict = _loader_is_safe(loader)
    if verdict is False:
        return Unsafe(api, f" with Loader={loader.as_string()}")
    return None


def _loader_is_safe(node: nodes.NodeNG) -> bool | None:
    """True when every inferred loader class is (or derives from) a safe
    loader, False when one is not, None when unknown."""
    values = known_values(node)
    if values and all(isinstance(value, nodes.ClassDef) for value in values):
        return all(_safe_loader_class(value) for value in values)  # type: ignore[arg-type]
    # PyYAML not installed: the import path says which loader it is
    # (``from config import Loader`` where config says ``Loader = yaml.FullLoader``).
    yaml_names = {
        path.rsplit(".", 1)[-1] for path in import_paths(node) if path.startswith("yaml.")
    }
    if not values and len(yaml_names) == 1:
        return yaml_names.pop() in SAFE_LOADERS
    return None


# What makes a PyYAML loader safe is its construction class (PyYAML builds
# ``SafeLoader`` from ``SafeConstructor``; ``FullConstructor``,
# ``UnsafeConstructor`` and ``Constructor`` derive from it and add the
# constructors that run code), not the loader's name.
SAFE_CONSTRUCTION = frozenset({"SafeConstructor", "BaseConstructor", *SAFE_LOADERS})
UNSAFE_CONSTRUCTION = frozenset(
    {"FullConstructor", "UnsafeConstructor", "Constructor",
     "Loader", "FullLoader", "UnsafeLoader", "CLoader", "CFullLoader", "CUnsafeLoader"}
)


def _safe_loader_class(cls: nodes.ClassDef) -> bool:
    """Built on a safe construction class and on no unsafe one, read through
    the classes astroid sees and, where a base cannot be loaded, the import
    path of the base as written."""
    built_from = set(_yaml_class_names(cls))
    return bool(built_from & SAFE_CONSTRUCTION) and not built_from & UNSAFE_CONSTRUCTION


def _yaml_class_names(cls: nodes.ClassDef) -> list[str]:
    try:
        ancestors = [cls, *cls.ancestors()]
    except (AstroidError, RecursionError):
        ancestors = [cls]
    names = [klass.name for klass in ancestors if klass.root().name.startswith("yaml")]
    for klass in ancestors:
        names.extend(
            path.rsplit(".", 1)[-1]
            for base in klass.bases
            for path in import_paths(base)
            if path.startswith("yaml.")
        )
    return names


# -- tls-verification-disabled ---------------------------------------------------

_HTTP_VERBS = ("get", "post", "put", "patch", "delete", "head", "options", "request")


VERIFY_FALSE = frozenset(
    {
        *(f"requests.{verb}" for verb in _HTTP_VERBS),
        *(f"requests.api.{verb}" for verb in _HTTP_VERBS),
        *(f"{session}.{verb}" for session in ("requests.Session", "requests.sessions.Session")
          for verb in (*_HTTP_VERBS, "send")),
        *(f"httpx.{verb}" for verb in (*_HTTP_VERBS, "stream")),
        *(f"httpx._api.{verb}" for verb in (*_HTTP_VERBS, "stream")),
        *(f"httpx.{cls}" for cls in ("Client", "AsyncClient", "HTTPTransport",
                                     "AsyncHTTPTransport")),
        *(f"httpx._client.{cls}" for cls in ("Client", "AsyncClient")),
    }
)


SSL_FALSE = frozenset(
    {
        *(f"{session}.{verb}" for session in ("aiohttp.ClientSession",
                                               "aiohttp.client.ClientSession")
          for verb in (*_HTTP_VERBS, "ws_connect")),
        "aiohttp.request", "aiohttp.client.request",
        "aiohttp.TCPConnector", "aiohttp.connector.TCPConnector",
    }
)


UNVERIFIED_CONTEXTS = frozenset({"ssl._create_unverified_context"})


URLLIB3_POOLS = frozenset(
    f"urllib3.{name}" for name in (
        "PoolManager", "ProxyManager", "HTTPSConnectionPool", "connection_from_url",
        "poolmanager.PoolManager", "poolmanager.ProxyManager",
        "connectionpool.HTTPSConnectionPool", "connectionpool.connection_from_url",
    )
)


SSL_CONTEXT_TYPES = frozenset(
    {"ssl.SSLContext", "ssl.create_default_context", "ssl._create_unverified_context",
     "ssl.SSLContext.__init__", "_ssl._SSLContext"}
)


REQUESTS_SESSIONS = frozenset({"requests.Session", "requests.sessions.Session",
                               "requests.session", "requests.sessions.session"})


CERT_NONE = frozenset({"ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE", "_ssl.CERT_NONE"})


_TLS_SHORT = short_names_of([*VERIFY_FALSE, *SSL_FALSE, *UNVERIFIED_CONTEXTS, *URLLIB3_POOLS])


def tls_verification_disabled(call: nodes.Call) -> Unsafe | None:
    """The client call that turns certificate verification off, if ``call`` is one."""
    names = candidate_names(call, _TLS_SHORT)
    if not names:
        return None
    public = _public_name(call, names)
    if VERIFY_FALSE.intersection(names):
        verify = argument(call, "verify")
        if truth(verify) is False:
            return Unsafe(public, _false_flag("verify", verify))
    elif SSL_FALSE.intersection(names):
        for keyword in ("ssl", "verify_ssl"):
            flag = argument(call, keyword)
            if truth(flag) is False:
                return Unsafe(public, _false_flag(keyword, flag))
    elif UNVERIFIED_CONTEXTS.intersection(names):
        return Unsafe("ssl._create_unverified_context()")
    elif URLLIB3_POOLS.intersection(names):
        if _is_cert_none(argument(call, "cert_reqs")):
            return Unsafe(public, " with cert_reqs=CERT_NONE")
    return None


def _false_flag(keyword: str, value: nodes.NodeNG | Passed) -> str:
    """`` with verify=False``, or `` with verify=VERIFY_TLS (False)`` when
    the value was inferred."""
    if isinstance(value, (nodes.Const, Passed)):
        return f" with {keyword}=False"
    return f" with {keyword}={value.as_string()} (False)"


def _public_name(call: nodes.Call, names: tuple[str, ...]) -> str:
    """Module functions by their name, methods as written (``self.session.get``)."""
    if isinstance(call.func, nodes.Attribute) and not import_paths(call.func):
        return call.func.as_string()
    return names[0]


def _is_cert_none(value: nodes.NodeNG | Passed) -> bool:
    if isinstance(value, Passed):
        return False
    if CERT_NONE.intersection(qualified_names(value)) or CERT_NONE.intersection(
        import_paths(value)
    ):
        return True
    # By value: astroid reads ``ssl.CERT_NONE`` from the C module as the int
    # 0, which is what it is (``VerifyMode(0)``), through a table or a field.
    known, number = constant_value(value)
    if known and type(number) is int and number == 0:
        return True
    text = string_value(value)
    return text.is_constant and text.text in {"CERT_NONE", "NONE"}


def tls_setting_disabled(target: nodes.AssignAttr, value: nodes.NodeNG) -> Unsafe | None:
    """``ctx.verify_mode = ssl.CERT_NONE``, ``ctx.check_hostname = False`` on an
    inferred ``SSLContext``; ``session.verify = False`` on a requests session;
    ``ssl._create_default_https_context = ssl._create_unverified_context``."""
    attribute = target.attrname
    if attribute == "_create_default_https_context":
        if UNVERIFIED_CONTEXTS.intersection(qualified_names(value)):
            return Unsafe("ssl._create_default_https_context", " = ssl._create_unverified_context")
        return None
    if attribute == "verify_mode" and _is_cert_none(value):
        if holds_type(target.expr, SSL_CONTEXT_TYPES) and not _server_context(target.expr):
            return Unsafe(f"{target.as_string()} = ssl.CERT_NONE")
    elif attribute == "check_hostname" and truth(value) is False:
        if holds_type(target.expr, SSL_CONTEXT_TYPES) and not _server_context(target.expr):
            return Unsafe(f"{target.as_string()} = False")
    elif attribute == "verify" and truth(value) is False:
        if holds_type(target.expr, REQUESTS_SESSIONS):
            return Unsafe(f"{target.as_string()} = False")
    return None


# A context made for the server side of a connection: not verifying the
# client's certificate (CERT_NONE) and not checking a host name are its
# defaults, and no server is impersonated through them.
SERVER_CONTEXT_ARGUMENTS = {
    "ssl.create_default_context": ("purpose", 0, "ssl.Purpose.CLIENT_AUTH"),
    "ssl.SSLContext": ("protocol", 0, "ssl.PROTOCOL_TLS_SERVER"),
}


def _server_context(node: nodes.NodeNG) -> bool:
    """Whether every call that made the context ``node`` holds builds a
    server-side context (``ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)``,
    ``ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)``)."""
    calls = constructor_calls(node)
    return bool(calls) and all(_makes_server_context(call) for call in calls)


def _makes_server_context(call: nodes.Call) -> bool:
    for name in qualified_names(call.func):
        if name in SERVER_CONTEXT_ARGUMENTS:
            keyword, position, server = SERVER_CONTEXT_ARGUMENTS[name]
            passed = argument(call, keyword, position)
            return not isinstance(passed, Passed) and server in qualified_names(passed)
    return False


def is_chosen_by_parameter(node: nodes.NodeNG) -> bool:
    """Whether ``node`` runs only on a branch chosen by a parameter of its
    function (``if not verify: ctx.check_hostname = False``): the function
    implements its caller's opt-out, and the choice is the caller's."""
    function = node.frame()
    if not isinstance(function, nodes.FunctionDef):
        return False
    parameters = {arg.name for arg in function.args.arguments}
    child, parent = node, node.parent
    while parent is not None and parent is not function:
        if isinstance(parent, nodes.If) and child is not parent.test:
            if any(name.name in parameters for name in _names_in(parent.test)):
                return True
        child, parent = parent, parent.parent
    return False


def _names_in(test: nodes.NodeNG) -> list[nodes.Name]:
    found = [test] if isinstance(test, nodes.Name) else []
    return found + list(test.nodes_of_class(nodes.Name)) if not found else found


def holds_type(node: nodes.NodeNG, types: frozenset[str]) -> bool:
    return bool(types.intersection(instance_type_names(node)))


__all__ = [
    "Unsafe",
    "is_chosen_by_parameter",
    "tls_setting_disabled",
    "tls_verification_disabled",
    "unsafe_deserialization",
]
