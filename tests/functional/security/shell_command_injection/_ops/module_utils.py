"""An ansible-like module runner: the shell flag is set on a branch its
caller chooses, and the command goes through a text conversion helper."""

import os
import shlex
import subprocess


def to_bytes(obj, errors=None):
    return obj.encode() if isinstance(obj, str) else obj


class AnsibleModule:
    def __init__(self):
        self._shell = None

    def run_command(self, args, check_rc=False, executable=None, use_unsafe_shell=False, cwd=None):
        shell = False
        if use_unsafe_shell:
            if isinstance(args, list):
                args = b" ".join([to_bytes(shlex.quote(x)) for x in args])
            else:
                args = to_bytes(args, errors="surrogate_or_strict")
            if executable:
                executable = to_bytes(executable)
                args = [executable, b"-c", args]
            elif self._shell not in (None, "/bin/sh"):
                args = [to_bytes(self._shell), b"-c", args]
            else:
                shell = True
        else:
            if isinstance(args, (bytes, str)):
                args = shlex.split(args)
        kwargs = dict(
            executable=executable,
            shell=shell,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        if cwd:
            kwargs["cwd"] = cwd
        cmd = subprocess.Popen(args, **kwargs)
        out, err = cmd.communicate()
        return cmd.returncode, out, err
