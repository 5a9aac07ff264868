"""Files opened with open() and Path.open(): the stubs' overloads, chosen by
the mode the call passes, type the file and what reading it gives."""

import os
from pathlib import Path


def read_header(path):
    with open(path) as stream:
        line = next(stream)
        line.strip()  # [ignored-return-value]
        second = stream.readline()
        second.rstrip("\n")  # [ignored-return-value]
    with open(path, "rb") as raw:
        chunk = raw.read(16)
        chunk.strip()  # [ignored-return-value]
    handle = open(path, encoding="utf-8")
    handle.read().strip()  # [ignored-return-value]
    with Path(path).open() as text:
        text.readline().lower()  # [ignored-return-value]
    return line


def look_alikes(path, mode):
    with open(path, mode) as stream:  # the mode decides, and it is not known
        stream.readline().strip()
    with open(path, os.environ.get("MODE", "r")) as stream:
        stream.readline().strip()
    with open(path) as stream:
        next(stream)  # skips the header: the point of the call
        stream.readline()  # likewise
        return stream.read()
