"""Listed APIs whose arguments or receiver show that they return at once."""

import socket
from socket import AI_NUMERICHOST, getaddrinfo


async def resolve(host, port, numeric):
    infos = socket.getaddrinfo(host, port, socket.AF_UNSPEC, socket.SOCK_STREAM, 0,
                               socket.AI_NUMERICHOST)
    more = getaddrinfo(host, port, flags=AI_NUMERICHOST | socket.AI_PASSIVE)
    slow = socket.getaddrinfo(host, port, flags=socket.AI_PASSIVE)  # [blocking-call-in-async]
    chosen = socket.getaddrinfo(host, port, flags=numeric)  # [blocking-call-in-async]
    return infos, more, slow, chosen


class Waker:
    """tornado's asyncio platform: a socket pair made non-blocking in __init__."""

    def __init__(self):
        self.reader, self.writer = socket.socketpair()
        self.writer.setblocking(False)
        self.other = socket.socket()

    async def wake(self):
        self.writer.send(b"x")
        self.other.send(b"x")  # [blocking-call-in-async]


async def probe(address):
    sock = socket.socket()
    sock.setblocking(False)
    sock.connect_ex(address)
    sock.send(b"ping")
    blocking = socket.socket()
    blocking.send(b"ping")  # [blocking-call-in-async]
    blocking.setblocking(False)
    timed = socket.socket()
    timed.settimeout(0)
    timed.recv(10)
    waiting = socket.socket()
    waiting.settimeout(None)
    waiting.recv(10)  # [blocking-call-in-async]


NUMERIC = socket.AI_NUMERICHOST | socket.AI_NUMERICSERV


async def resolve_literal(address, port, passive):
    flags = socket.AI_NUMERICHOST | socket.AI_NUMERICSERV
    first = socket.getaddrinfo(address, port, flags=flags)
    second = socket.getaddrinfo(address, port, 0, 0, 0, NUMERIC)
    mode = socket.AI_PASSIVE
    third = socket.getaddrinfo(address, port, flags=mode)  # [blocking-call-in-async]
    if passive:
        flags = socket.AI_PASSIVE
    fourth = socket.getaddrinfo(address, port, flags=flags)  # [blocking-call-in-async]
    return first, second, third, fourth
