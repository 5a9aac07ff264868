import os
import shlex
import subprocess

SERVICES = frozenset({"web", "worker"})


def run(cmd):
    return subprocess.run(cmd, shell=True, check=True)


def checkout(branch):
    subprocess.run(["git", "checkout", branch], check=True)


def unpack():
    name = os.environ["RELEASE"]
    subprocess.call(["tar", "xf", name])


def restart(host, service):
    if service not in SERVICES:
        raise ValueError(service)
    run(f"ssh {shlex.quote(host)} systemctl restart {service}")


def main():
    run("uptime")
    restart(input("host: "), "web")
