"""Where a command is built, the sink is reported, a parameter of the
enclosing function included; a parameter handed on unchanged makes a
wrapper, silent on its own line and judged at each call."""

import os
import shlex
import subprocess
from dataclasses import dataclass

from _ops.settings import ARCHIVE_ROOT


def checkout(branch):
    subprocess.run(f"git checkout {branch}", shell=True, check=True)  # [shell-command-injection]


def switch_to_main():
    checkout("main")  # the text is built in checkout(): reported there only
    checkout(os.environ["BRANCH"])


def run(cmd):
    """A pass-through wrapper: silent here, its callers are judged."""
    return subprocess.run(cmd, shell=True, check=True)


def sync(source, target):
    return run("rsync -a " + source + " " + target)  # [shell-command-injection]


def sync_quoted(source, target):
    return run(f"rsync -a {shlex.quote(source)} {shlex.quote(target)}")


def rsync_all(src, extra):
    return run(" ".join(["rsync", "-a", shlex.quote(src), *map(shlex.quote, extra)]))


def archive_all():
    run("tar czf /tmp/all.tgz " + ARCHIVE_ROOT)
    run(f"du -sh {ARCHIVE_ROOT}")
    label = os.environ["LABEL"]
    run("git tag " + label)  # [shell-command-injection]
    sync("/srv/a", "/srv/b")
    run(os.environ["NIGHTLY"])  # [shell-command-injection]


def run_twice(command):
    """A wrapper of a wrapper: the parameter still reaches the shell unchanged."""
    run(command)
    return run(command)


def operator():
    run_twice("uptime")
    run_twice(input("command: "))  # [shell-command-injection]
    wanted = input("unit: ")
    run_twice("systemctl restart " + wanted)  # [shell-command-injection]


def never_called_wrapper(command):
    """A wrapper that no linted code calls reports nothing."""
    os.system(command)


def built_then_passed(path, mode="644"):
    command = "chmod " + mode
    command += " " + path
    os.system(command)  # [shell-command-injection]


def numbers_only(pid: int, signal_number=9):
    os.system("kill -%d %d" % (signal_number, pid))
    os.system(f"renice {int(pid)}")


@dataclass
class Deployer:
    host: str
    service: str = "web"

    def restart(self):
        os.system(f"ssh {self.host} systemctl restart {self.service}")  # [shell-command-injection]

    def restart_quoted(self):
        os.system(f"ssh {shlex.quote(self.host)} systemctl restart web")

    def status(self, unit):
        return subprocess.getoutput("systemctl status " + unit)  # [shell-command-injection]
