"""security: injection and unsafe defaults, judged by values.

A shell command or SQL query is reported when it is *built* from a part that
is not provably constant (the part and its line are named), not because a
flag or a string looks dangerous; a constant command, a quoted part, a
parameterised query, a safe loader under any alias stay silent. Functions of
the linted code that hand a parameter to such a sink are wrappers: their
callers are judged instead, with the chain in the message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from checkers_pkg.checkers._heap import SuiteChecker
from checkers_pkg.checkers.security.built_text import BuiltText, Origin
from checkers_pkg.checkers.security.commands import built_text
from checkers_pkg.checkers.security.sinks import Sink, SinkKind, django_extra_texts
from checkers_pkg.checkers.security.unsafe_calls import (
    Unsafe,
    is_chosen_by_parameter,
    tls_setting_disabled,
    tls_verification_disabled,
    unsafe_deserialization,
)
from checkers_pkg.checkers.security.unsafe_files import (
    insecure_temp_file,
    unsafe_archive_extraction,
)
from checkers_pkg.checkers.security.wrappers import (
    dispatch_holds,
    flag_requirement,
    may_pass_outside_text,
    passed_value,
    receiver_requirement,
    sink_of,
    wrapper_parameters,
)
from checkers_pkg.inference.arguments import parameter_argument
from checkers_pkg.inference.calls import linted_function
from checkers_pkg.inference.labels import function_label
from checkers_pkg.options import bad_non_negative, bad_qualified_names

if TYPE_CHECKING:
    from pylint.lint import PyLinter


_INJECTION = {
    SinkKind.SHELL: "shell-command-injection",
    SinkKind.SQL: "sql-query-injection",
}


class SecurityChecker(SuiteChecker):
    """Commands and queries built from dynamic parts, deserialisers that run
    code, TLS verification turned off, predictable temp files, archive
    extraction that escapes its directory."""

    name = "checkers-pkg-security"
    msgs = {
        "W7301": (
            "%s runs a shell command %s; pass an argument list without "
            "shell=True, or wrap every dynamic part in shlex.quote()",
            "shell-command-injection",
            "A command run through a shell (subprocess with shell= inferred true, "
            "also through names and **kwargs; os.system, os.popen, "
            "subprocess.getoutput, asyncio.create_subprocess_shell) is built with "
            "%, .format, an f-string, +, += or join from a part that is not "
            "provably constant: shell syntax in that part runs as commands. "
            "Constant commands (through names and modules) and parts wrapped in "
            "shlex.quote are not reported. A function that hands its parameter to "
            "such a call is a wrapper: its callers are reported, with the chain.",
        ),
        "W7302": (
            "%s runs an SQL query %s; use placeholders and pass the "
            "values as the parameters argument",
            "sql-query-injection",
            "execute/executemany/executescript on an inferred DB-API connection or "
            "cursor (sqlite3, psycopg2, psycopg, pymysql, MySQLdb, classes named in "
            "sql-execute-receivers), SQLAlchemy text() and exec_driver_sql, Django "
            "raw() and extra(), with a query built from a part that is not provably "
            "constant. Parameterised and constant queries, and psycopg2.sql "
            "compositions, are not reported; neither is an execute() method of a "
            "class that is not a database receiver.",
        ),
        "W7303": (
            "%s%s can run arbitrary code from its input; %s",
            "unsafe-deserialization",
            "pickle, dill, marshal, shelve, jsonpickle, pandas.read_pickle, "
            "numpy.load(allow_pickle=True), torch.load without weights_only=True, "
            "and yaml.load whose Loader does not infer to SafeLoader, CSafeLoader "
            "or BaseLoader (under any alias) build objects chosen by the data.",
        ),
        "W7304": (
            "%s%s turns off TLS certificate verification: anyone on the network can "
            "impersonate the server; keep verification on and give it the right CA "
            "bundle instead",
            "tls-verification-disabled",
            "verify=False on requests and httpx (inferred through names and "
            "**kwargs), ssl=False on aiohttp, ssl._create_unverified_context(), "
            "CERT_NONE or check_hostname=False on an inferred SSLContext, urllib3 "
            "cert_reqs='CERT_NONE'.",
        ),
        "W7305": (
            "%s%s: in a shared temporary directory another user can create or link "
            "that file first; use tempfile.mkstemp(), NamedTemporaryFile() or "
            "TemporaryDirectory()",
            "insecure-temp-file",
            "tempfile.mktemp, or a hard-coded path under /tmp, /var/tmp or /dev/shm "
            "(inferred through names and modules) opened with open, os.open or "
            "pathlib's open/write_text/write_bytes.",
        ),
        "W7306": (
            "%s%s: member names such as '../../etc/passwd' and links can write "
            "outside the target directory; pass filter=\"data\"",
            "unsafe-archive-extraction",
            "extractall/extract on an inferred tarfile.TarFile (tarfile.open(...) "
            "held in a name or a with target) without filter= or with "
            "filter='fully_trusted', and shutil.unpack_archive of a tar archive "
            "without filter=. members= protects only when the selection checks "
            "each member's path (realpath, commonpath, Path.resolve, a test for "
            "'..' or a leading '/').",
        ),
    }
    options = (
        (
            "sql-execute-receivers",
            {
                "default": (),
                "type": "csv",
                "metavar": "<qualified class names>",
                "help": "Fully qualified names of classes whose execute, executemany "
                "and executescript methods run SQL (a project's own connection or "
                "cursor class), added to the built-in DB-API drivers.",
            },
        ),
        (
            "security-wrapper-depth",
            {
                "default": 3,
                "type": "int",
                "metavar": "<int>",
                "help": "How many functions of the linted code may stand between a "
                "call and the shell or SQL sink its argument reaches "
                "(run_remote(cmd) -> subprocess.run(shell=True) is 1); 0 turns "
                "wrapper tracking off.",
            },
        ),
    )

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self._receivers: frozenset[str] = frozenset()
        self._depth = 3

    def bad_option_values(self) -> list[str]:
        """Problems with this checker's options, for the plugin's config hook."""
        config = self.linter.config
        return bad_qualified_names(
            "sql-execute-receivers", config.sql_execute_receivers
        ) + bad_non_negative("security-wrapper-depth", config.security_wrapper_depth)

    def open(self) -> None:
        """Start of a run: read the options once."""
        super().open()
        self._receivers = frozenset(self.linter.config.sql_execute_receivers)
        self._depth = self.linter.config.security_wrapper_depth

    @only_required_for_messages(
        "shell-command-injection",
        "sql-query-injection",
        "unsafe-deserialization",
        "tls-verification-disabled",
        "insecure-temp-file",
        "unsafe-archive-extraction",
    )
    def visit_call(self, node: nodes.Call) -> None:
        """Each question is gated by cheap name tests in the inference layer."""
        found_sink = False
        for kind in SinkKind:
            if self.linter.is_message_enabled(_INJECTION[kind]):
                sink = sink_of(node, kind, self._receivers)
                if sink is not None:
                    found_sink = True
                    self._check_sink(sink)
        self._check_django_extra(node)
        if not found_sink and self._depth > 0:
            self._check_wrapper_call(node)
        for symbol, question, advice in (
            ("unsafe-deserialization", unsafe_deserialization, _deserialization_advice),
            ("tls-verification-disabled", tls_verification_disabled, None),
            ("insecure-temp-file", insecure_temp_file, None),
            ("unsafe-archive-extraction", unsafe_archive_extraction, None),
        ):
            if self.linter.is_message_enabled(symbol):
                unsafe = question(node)
                if unsafe is not None:
                    args = (unsafe.api, unsafe.reason)
                    if advice is not None:
                        args += (advice(unsafe),)
                    self._report(symbol, node, *args)

    @only_required_for_messages("tls-verification-disabled")
    def visit_assign(self, node: nodes.Assign) -> None:
        """``ctx.verify_mode = ssl.CERT_NONE`` and friends."""
        for target in node.targets:
            if isinstance(target, nodes.AssignAttr):
                unsafe = tls_setting_disabled(target, node.value)
                if unsafe is not None and not is_chosen_by_parameter(node):
                    self._report("tls-verification-disabled", node, unsafe.api, unsafe.reason)

    # -- injection ---------------------------------------------------------------

    def _check_sink(self, sink: Sink) -> None:
        finding = _finding(built_text(sink.text))
        if finding is not None:
            self._report(_INJECTION[sink.kind], sink.text, sink.label, finding)

    def _check_django_extra(self, node: nodes.Call) -> None:
        if not self.linter.is_message_enabled("sql-query-injection"):
            return
        for fragment in django_extra_texts(node):
            finding = _finding(built_text(fragment))
            if finding is not None:
                label = f"{node.func.as_string()}()"
                self._report("sql-query-injection", fragment, label, finding)
                return

    def _check_wrapper_call(self, node: nodes.Call) -> None:
        if not (node.args or node.keywords):
            return
        if not may_pass_outside_text(node):
            return
        callee = None
        for kind in SinkKind:
            if not self.linter.is_message_enabled(_INJECTION[kind]):
                continue
            callee = callee or linted_function(node)
            if callee is None:
                return
            for parameter in wrapper_parameters(callee, kind, self._receivers, self._depth):
                if receiver_requirement(node, callee, parameter, self._receivers) is not True:
                    continue  # the receiver passed is not (known to be) a database
                if flag_requirement(node, callee, parameter) is not True:
                    continue  # the shell flag passed is not (known to be) true
                if not dispatch_holds(node, parameter):
                    continue  # the instance overrides a method the chain runs
                answer = passed_value(node, callee, parameter)
                finding = _finding(answer) if answer is not None else None
                if finding is not None:
                    # The text passed, like a sink's text: where it is built.
                    passed = parameter_argument(node, callee, parameter.name)
                    where = passed if isinstance(passed, nodes.NodeNG) else node
                    self._report(_INJECTION[kind], where, " -> ".join(parameter.chain), finding)
                    return

    def _report(self, symbol: str, node: nodes.NodeNG, *args: str) -> None:
        self.add_message(symbol, node=node, args=args, confidence=INFERENCE)


def _finding(answer: BuiltText) -> str | None:
    """What to say about the text a sink runs, or None to stay silent: a
    text *built* where it is read, from any part that is not constant (a
    parameter of the enclosing function included), or a value taken whole
    from outside the program. A parameter handed on unchanged makes a
    wrapper: its callers are judged instead."""
    if not answer.is_dynamic:
        return None
    if answer.built:
        return f"built from {_describe(min(answer.origins, key=_rank))}"
    if answer.from_outside:
        return f"taken from {_describe(answer.origins[0])}"
    return None


def _rank(origin: Origin) -> int:
    """Which part to name first: one from outside, then a parameter."""
    return 0 if origin.source else 1 if origin.parameter is not None else 2


def _describe(origin: Origin) -> str:
    """``'branch', a parameter of checkout()``, ``sys.argv[1] (line 15)``,
    ``'hook' from os.getenv('HOOK') (line 36)``, ``'name' (line 20)``."""
    where = f" (line {origin.line})" if origin.line is not None else ""
    function = origin.function
    if origin.parameter is not None and origin.source is not None:
        return origin.source
    if origin.parameter is not None and function is not None:
        owner = f"{function_label(function)}()" if isinstance(
            function, nodes.FunctionDef
        ) else "a lambda"
        if origin.label != origin.parameter.name:
            return f"{origin.label!r}, an item of {origin.parameter.name!r}, a parameter of {owner}"
        return f"{origin.label!r}, a parameter of {owner}"
    if origin.source is not None and origin.source != origin.label:
        return f"{origin.label!r} from {origin.source}{where}"
    if origin.source is not None:
        return f"{origin.source}{where}"
    return f"{origin.label!r}{where}"


_DESERIALIZATION_ADVICE = {
    "yaml": "use yaml.safe_load() or Loader=yaml.SafeLoader",
    "numpy": "keep allow_pickle=False",
    "torch": "pass weights_only=True",
}


def _deserialization_advice(unsafe: Unsafe) -> str:
    module = unsafe.api.split(".", 1)[0]
    return _DESERIALIZATION_ADVICE.get(
        module, "load only trusted data, or use a data format such as JSON"
    )
