"""Helpers that hide the shell: wrappers whose callers are judged."""

import shlex
import subprocess

from _ops import settings


def run_remote(cmd):
    return subprocess.run(cmd, shell=True, check=True)


def ssh(host, command):
    return run_remote("ssh deploy@" + host + " " + command)


def quoted_ssh(host, command):
    return run_remote(f"ssh deploy@{shlex.quote(host)} {shlex.quote(command)}")


class Runner:
    def __init__(self, shell=settings.USE_SHELL):
        self.shell = shell

    def run(self, command):
        return subprocess.check_output(command, shell=True, text=True)

    def run_list(self, argv):
        return subprocess.run(argv, check=True)
