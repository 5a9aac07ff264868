"""A with-target whose __enter__ astroid built from compiled code (its
parameters are unknown: ``args`` is None) is simply not typed: no crash,
no message. Seen on django.utils.text.compress_sequence."""
import gzip
import io


def compress(chunks):
    buffer = io.BytesIO()
    with gzip.GzipFile(mode="wb", fileobj=buffer) as stream:
        for chunk in chunks:
            stream.write(chunk)
        stream.flush()
    with io.BytesIO() as raw:
        raw.write(b"done")
    return buffer.getvalue()
