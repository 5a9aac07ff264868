"""Closures and except targets: which names a function's locals() holds.

A free variable that the function's own code reads (directly, or to hand
it on to a nested function or class) is in its locals(); a name that only
the template mentions is not. An ``except ... as err`` target is deleted
when its handler ends.
"""
# pylint: disable=broad-exception-caught

import functools
import logging
import time

LOG = logging.getLogger(__name__)
SERVICE = "billing"


def traced(fn):
    """A decorator whose wrapper logs with locals(): fn is read, so it is there."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        target = fn
        LOG.debug("calling %(fn)s with %(args)s %(kwargs)s", locals())  # [format-from-locals]
        return target(*args, **kwargs)

    return wrapper


def traced_by_template_only(fn):
    """fn appears only in the template: the wrapper never reads it."""

    def wrapper(*args):
        LOG.debug("calling %(fn)s with %(args)s", locals())  # [format-from-locals, format-key-not-in-scope]
        return args

    return wrapper


def retry(attempts, delay=0.5):
    """A decorator factory: the inner wrapper reads attempts and delay."""

    def decorate(func):
        def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return func(*args, **kwargs)
                except ConnectionError:
                    LOG.warning(  # [format-from-locals]
                        "attempt %(attempt)s of %(attempts)s for %(func)s failed", locals()
                    )
                    time.sleep(delay)
            return None

        return wrapper

    return decorate


def make_handler(channel):
    """The handler reads channel only inside a nested lambda: CPython passes
    it through the handler's own closure, so it is in its locals()."""

    def handler(event):
        deliver = lambda: channel.send(event)  # noqa: E731
        LOG.info("%(event)s via %(channel)s", locals())  # [format-from-locals]
        return deliver

    return handler


def make_reporter(unit):
    """unit is read in the enclosing function only, not in report()."""
    scale = 1000 if unit == "k" else 1

    def report(value):
        return "%(value)s %(unit)s" % locals()  # [format-from-locals, format-key-not-in-scope]

    return report, scale


def globals_are_not_closures():
    def inner():
        name = SERVICE
        return "%(name)s %(SERVICE)s" % locals()  # [format-from-locals, format-key-not-in-scope]

    return inner


class Importer:
    """A method reading a class attribute through self: no closure involved."""

    batch = 100

    def run(self, rows):
        def flush():
            size = len(rows)
            return "%(size)s %(rows)s %(batch)s" % locals()  # [format-from-locals, format-key-not-in-scope]

        return flush()


def load(path):
    """The except target is in scope inside its handler only."""
    try:
        with open(path, encoding="utf-8") as stream:
            return stream.read()
    except OSError as err:
        LOG.error("cannot read %(path)s: %(err)s", locals())  # [format-from-locals]
        if err.errno:
            LOG.error("errno of %(path)s: %(err)s" % locals())  # [format-from-locals]
    LOG.error("gave up on %(path)s: %(err)s", locals())  # [format-from-locals, format-key-not-in-scope]
    return None


def save(path, data):
    """A name bound by an assignment too is still there when nothing was
    raised: not provably missing, silent."""
    error = None
    try:
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(data)
    except OSError as error:
        LOG.error("%(error)s", locals())  # [format-from-locals]
    return "%(path)s: %(error)s" % locals()  # [format-from-locals]


def parse(text):
    """Two handlers, one after the other: the key is missing after both."""
    try:
        return int(text)
    except ValueError as problem:
        LOG.debug("%(problem)s", locals())  # [format-from-locals]
    except TypeError as problem:
        LOG.debug("%(problem)s", locals())  # [format-from-locals]
    return "%(text)s: %(problem)s" % locals()  # [format-from-locals, format-key-not-in-scope]


def nested_handler(path):
    """A handler's target is still there in a nested statement of the handler,
    and in an inner try of the handler."""
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        try:
            LOG.error("%(exc)s", locals())  # [format-from-locals]
        except Exception:
            LOG.error("%(exc)s again", locals())  # [format-from-locals]
    return None
