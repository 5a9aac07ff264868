"""Shell commands built from dynamic parts, through names, modules and wrappers."""

import asyncio
import os
import shlex
import subprocess as sp
from os import system as sh
from subprocess import getoutput

from _ops import BACKUP_COMMAND, USE_SHELL, Runner, run_remote
from _ops.remote import quoted_ssh, ssh
from _ops.settings import ARCHIVE_ROOT, NO_SHELL


def release_name():
    return os.environ["RELEASE"]


def unpack_release():
    name = release_name()
    cmd = f"tar xf {name}"
    sp.call(cmd, shell=USE_SHELL)  # [shell-command-injection]
    sp.call(f"tar xf {shlex.quote(name)}", shell=USE_SHELL)
    sp.call(["tar", "xf", name])
    sp.call(cmd, shell=NO_SHELL)


def cleanup(days):
    target = input("directory: ")
    sh("find " + target + " -mtime +" + str(days) + " -delete")  # [shell-command-injection]
    os.popen("du -sh %s" % target)  # [shell-command-injection]
    getoutput("ls -l {}".format(target))  # [shell-command-injection]
    command = "rm -rf "
    command += target
    os.system(command)  # [shell-command-injection]
    os.system("rm -rf " + shlex.quote(target))


def backups():
    sp.run(BACKUP_COMMAND, shell=True, check=True)
    sp.run("ls -l /var/backups", shell=True)
    listing = "ls " + ARCHIVE_ROOT
    sp.run(listing, shell=True)
    words = ["ls", "-l", ARCHIVE_ROOT]
    sp.run(" ".join(words), shell=True)


def with_options():
    host = os.environ["TARGET_HOST"]
    options = {"shell": True, "check": True}
    sp.run("ping -c1 " + host, **options)  # [shell-command-injection]
    quiet = {"check": True}
    sp.run("ping -c1 " + host, **quiet)
    sp.run(shlex.join(["ping", "-c1", host]), shell=True)


def deploy_all(hosts):
    for host in hosts:
        run_remote("uptime")
        version = os.environ.get("VERSION", "latest")
        run_remote(f"docker pull app:{version}")  # [shell-command-injection]
        ssh(host, "uptime")
        quoted_ssh(host, os.environ["CMD"])


def operator_console():
    line = input("> ")
    ssh("bastion", line)  # ssh() builds the command: reported there, not here
    Runner().run("uptime")
    Runner().run(f"journalctl -u {line}")  # [shell-command-injection]
    Runner().run_list(["journalctl", "-u", line])


async def stream_logs():
    unit = os.environ["UNIT"]
    await asyncio.create_subprocess_shell("journalctl -fu " + unit)  # [shell-command-injection]
    await asyncio.create_subprocess_shell("journalctl -fu " + shlex.quote(unit))
    loop = asyncio.get_running_loop()
    await loop.subprocess_shell(asyncio.SubprocessProtocol, f"tail -f {unit}")  # [shell-command-injection]
