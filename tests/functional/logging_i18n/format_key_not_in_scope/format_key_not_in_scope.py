"""Keys a locals()-fed template needs but the scope does not bind: KeyError."""

import logging
import os

LOG = logging.getLogger(__name__)
HOST = "db1"
TEMPLATE = "%(volume_id)s on %(hostname)s"


def export(volume_id, host):
    LOG.error("Cannot export %(volume_id)s to %(hostname)s" % locals())  # [format-from-locals, format-key-not-in-scope]
    LOG.error(TEMPLATE % locals())  # [format-from-locals, format-key-not-in-scope]
    return "{volume_id} {HOST} {sizes}".format(**vars())  # [format-from-locals, format-key-not-in-scope, format-key-not-in-scope]


def comprehension_and_nested(items):
    total = sum(size for size in items)
    squares = [value * value for value in items]

    def inner():
        hidden = 1
        return hidden

    inner()
    return "%(total)s %(value)s %(hidden)s %(squares)s" % locals()  # [format-from-locals, format-key-not-in-scope, format-key-not-in-scope]


def everything_bound(path, *args, retries=3, **kwargs):
    """Every kind of binding the scope has: no key is missing."""
    import json  # pylint: disable=import-outside-toplevel
    from os import sep as separator  # pylint: disable=import-outside-toplevel
    count = 0
    count += 1
    limit: int = 10
    for index, item in enumerate(args):
        pass
    with open(path, encoding="utf-8") as stream:
        pass
    try:
        stream.read()
    except OSError as error:
        LOG.warning("%(error)s", locals())  # [format-from-locals]
    if (found := kwargs.get("x")) is not None:
        pass

    def helper():
        return 1

    class Local:
        pass

    return (  # [format-from-locals]
        "%(path)s %(args)s %(retries)s %(kwargs)s %(json)s %(separator)s %(count)s "
        "%(limit)s %(index)s %(item)s %(stream)s %(found)s %(helper)s %(Local)s"
    ) % locals()


def globals_are_not_locals():
    global HOST  # pylint: disable=global-statement
    HOST = "db2"
    return "%(HOST)s" % locals()  # [format-from-locals, format-key-not-in-scope]


def closures():
    counter = 0

    def bump():
        nonlocal counter
        counter += 1
        return "%(counter)s" % locals()  # [format-from-locals]

    return bump


MODULE_LEVEL = "%(HOST)s %(os)s %(LOG)s" % locals()  # [format-from-locals]
MODULE_MISSING = "%(volume_id)s" % locals()  # [format-from-locals, format-key-not-in-scope]


MODULE_TAG = "%(__name__)s loaded" % vars()  # [format-from-locals]
MISSING_TAG = "%(__version__)s loaded" % vars()  # [format-from-locals, format-key-not-in-scope]


def banner(title):
    return "{title:^{width}}".format(**locals())  # [format-from-locals, format-key-not-in-scope]


def padded(title, width):
    return "{title:^{width}}".format_map(locals())  # [format-from-locals]
