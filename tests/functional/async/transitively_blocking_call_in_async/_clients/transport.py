"""Clients of the code base: some connect when built, some do not."""

import socket
import time


class Connection:
    """Connects in __init__ through a helper method."""

    def __init__(self, host, port):
        self.address = (host, port)
        self.sock = self._connect()

    def _connect(self):
        return socket.create_connection(self.address)


class LazyConnection:
    """Stores its address; connect() is the call that blocks."""

    def __init__(self, host, port):
        self.address = (host, port)
        self.sock = None

    def connect(self):
        self.sock = socket.create_connection(self.address)


class Throttle:
    """Sleeps between requests, not when built."""

    def __init__(self, delay):
        self.delay = delay

    def wait(self):
        time.sleep(self.delay)
