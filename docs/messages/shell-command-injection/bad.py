import os
import subprocess
import sys


def run(cmd):
    return subprocess.run(cmd, shell=True, check=True)


def checkout(branch):
    subprocess.run(f"git checkout {branch}", shell=True)  # [shell-command-injection]


def unpack():
    name = os.environ["RELEASE"]
    subprocess.call(f"tar xf {name}", shell=True)  # [shell-command-injection]


def main():
    host = input("host: ")
    run(f"ssh {host} systemctl restart web")  # [shell-command-injection]
    run(sys.argv[1])  # [shell-command-injection]
