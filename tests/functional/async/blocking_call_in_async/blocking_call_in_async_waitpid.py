"""os.waitpid, os.wait3 and os.wait4 with WNOHANG return at once: reaping
children from an async supervisor without blocking the loop."""

import enum
import os
from os import WNOHANG, waitpid

from _procs import flags
from _procs.flags import BLOCK, POLL, POLL_STOPPED, STOPPED

NO_HANG = os.WNOHANG


class Mode(enum.IntFlag):
    POLL = os.WNOHANG
    BLOCK = 0


class Supervisor:
    """Reaps exited children on SIGCHLD."""

    options = os.WNOHANG

    def __init__(self):
        self.children = set()

    async def reap(self):
        while self.children:
            pid, _ = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            self.children.discard(pid)

    async def reap_with_usage(self):
        pid, status, usage = os.wait4(-1, os.WNOHANG | os.WUNTRACED)
        any_pid, any_status, any_usage = os.wait3(NO_HANG)
        return pid, status, usage, any_pid, any_status, any_usage

    async def reap_configured(self, pid):
        polled = os.waitpid(pid, self.options)
        mixed = os.waitpid(pid, flags.POLL | os.WCONTINUED)
        return polled, mixed


async def poll_all(pids):
    """WNOHANG through imports, names and a module of constants."""
    results = [waitpid(pid, WNOHANG) for pid in pids]
    results.append(os.waitpid(pids[0], POLL))
    results.append(os.waitpid(pids[0], POLL_STOPPED))
    results.append(os.wait3(flags.POLL))
    options = os.WNOHANG
    results.append(os.wait4(pids[0], options))
    return results


async def wait_for_exit(pid, options):
    """Without WNOHANG these block until the child changes state."""
    os.waitpid(pid, 0)  # [blocking-call-in-async]
    os.waitpid(pid, BLOCK)  # [blocking-call-in-async]
    os.waitpid(pid, STOPPED)  # [blocking-call-in-async]
    os.waitpid(pid, os.WUNTRACED | os.WCONTINUED)  # [blocking-call-in-async]
    os.wait3(0)  # [blocking-call-in-async]
    os.wait4(pid, flags.BLOCK)  # [blocking-call-in-async]
    os.wait()  # [blocking-call-in-async]
    os.waitpid(pid, options)  # [blocking-call-in-async]
    os.waitpid(pid, Mode.BLOCK)  # [blocking-call-in-async]
    os.waitpid(pid, os.WNOHANG if options else 0)  # [blocking-call-in-async]
