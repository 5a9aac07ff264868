import os
import subprocess

USE_SHELL = True


def run_remote(cmd):
    return subprocess.run(cmd, shell=True, check=True)


def unpack(archive_dir):
    name = os.environ["RELEASE"]
    cmd = f"tar xf {name}"
    subprocess.call(cmd, shell=USE_SHELL, cwd=archive_dir)  # [shell-command-injection]


def restart(service):
    host = input("host: ")
    run_remote(f"ssh {host} systemctl restart {service}")  # [shell-command-injection]
