"""What a sync wrapper does around the function it wraps runs too: a retry
decorator that sleeps between attempts blocks the caller."""

import json
import os

from _transitive_lib.instrument import audited, backoff, timed


@backoff(delay=1.0)
def promote(staging, live):
    os.replace(staging, live)


@audited
@backoff()
def parse(payload):
    return json.loads(payload)


@audited
def summarise(payload):
    return len(payload)


@timed
def chunk(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


class Publisher:
    @backoff(attempts=5)
    def publish(self, path):
        return path


def warm_up(paths):
    return [summarise(path) for path in paths]


async def release(staging, live, payloads):
    promote(staging, live)  # [transitively-blocking-call-in-async]
    docs = [parse(payload) for payload in payloads]  # [transitively-blocking-call-in-async]
    Publisher().publish(live)  # [transitively-blocking-call-in-async]
    sizes = [summarise(payload) for payload in payloads]
    parts = chunk(payloads, 10)
    return docs, sizes, parts, warm_up(payloads)
