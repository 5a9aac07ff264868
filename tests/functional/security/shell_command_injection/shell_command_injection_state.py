"""Request handlers, instance state and class constants."""

import os
import subprocess

from flask import Flask

app = Flask(__name__)


@app.route("/logs/<unit>")
def logs(unit):
    return subprocess.check_output(f"journalctl -u {unit}", shell=True)  # [shell-command-injection]


@app.route("/ping/<host>")
def ping(host):
    return subprocess.run(["ping", "-c1", host], check=True)


def lint_paths(paths):
    """Built from the items of a parameter: reported where it is built."""
    for path in paths:
        subprocess.run("flake8 " + path, shell=True)  # [shell-command-injection]


lint_paths(["src", "tests"])


class Archiver:
    ROOT = "/srv/archive"

    def __init__(self, name, tool="tar"):
        self.name = name
        self.tool = tool
        self.format = "czf"

    def pack(self):
        os.system(f"tar {self.format} {self.ROOT}/all.tgz .")
        os.system(f"tar {self.format} {self.name}.tgz .")  # [shell-command-injection]

    def execute(self, command):
        """Not a database: nothing here is SQL or a shell."""
        return command.split()


def run_checked(command):
    return subprocess.run(command, shell=True, check=True)


runner = Archiver("nightly")
runner.execute(f"pack {os.getpid()}")
