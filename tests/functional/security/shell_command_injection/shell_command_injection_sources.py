"""A command taken whole from outside the program is reported even unchanged;
other opaque values are not; a part checked against a constant collection
on every path, or read from a constant dict, is constant."""

import argparse
import os
import subprocess
import sys
from os import getenv

from _ops.settings import USE_SHELL

ALLOWED_UNITS = frozenset({"web", "worker", "scheduler"})
ACTIONS = {"start": "systemctl start app", "stop": "systemctl stop app"}


def from_the_command_line():
    os.system(sys.argv[1])  # [shell-command-injection]
    command = sys.argv[2]
    subprocess.run(command, shell=USE_SHELL)  # [shell-command-injection]
    subprocess.run(sys.argv[1:], check=True)


def from_argparse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hook")
    parser.add_argument("--unit")
    args = parser.parse_args()
    subprocess.run(args.hook, shell=True)  # [shell-command-injection]
    os.system("systemctl restart " + args.unit)  # [shell-command-injection]


def from_the_environment():
    os.system(os.environ["POST_HOOK"])  # [shell-command-injection]
    os.popen(os.getenv("PRE_HOOK", "true"))  # [shell-command-injection]
    hook = getenv("HOOK")
    subprocess.call(hook, shell=True)  # [shell-command-injection]
    os.system(input("run: "))  # [shell-command-injection]


def opaque_values(config, runner):
    """Attributes and results of other calls: nothing says they come from outside."""
    os.system(config.post_hook)
    subprocess.run(runner.command(), shell=True)
    os.system(os.path.join(config.root, "bin/reload"))


def validated(unit):
    if unit not in ALLOWED_UNITS:
        raise ValueError(unit)
    os.system("systemctl restart " + unit)


def validated_by_return():
    unit = os.environ["UNIT"]
    if unit not in ALLOWED_UNITS:
        return None
    return os.system(f"systemctl status {unit}")


def asserted():
    unit = os.environ["UNIT"]
    assert unit in ALLOWED_UNITS
    os.system(f"systemctl status {unit}")  # [shell-command-injection]


def validated_on_one_path(strict):
    unit = os.environ["UNIT"]
    if strict and unit not in ALLOWED_UNITS:
        raise ValueError(unit)
    os.system(f"systemctl status {unit}")  # [shell-command-injection]


def action(name):
    os.system(ACTIONS[name])
    os.system(ACTIONS[sys.argv[1]] + " --now")


def parse_options(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--post-hook")
    return parser.parse_args(argv)


class Settings:
    SERVICES = ("web", "worker")


def with_helpers(settings: Settings):
    options = parse_options()
    os.system(options.post_hook)  # [shell-command-injection]
    for service in settings.SERVICES:
        os.system("systemctl restart " + service)


def with_defaults(config):
    os.system(os.environ.get("CLEANUP") or "rm -rf /tmp/build")  # [shell-command-injection]
    os.system(config.cleanup or "rm -rf /tmp/build")
