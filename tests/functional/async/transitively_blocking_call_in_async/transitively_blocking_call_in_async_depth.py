"""With blocking-call-depth=1 only direct helpers count."""

import time


def pause():
    time.sleep(1)


def outer():
    pause()


async def main():
    pause()  # [transitively-blocking-call-in-async]
    outer()
