"""A shell flag chosen by a parameter (ansible's run_command): the wrapper
runs a shell only for the callers that pass a true value; paramiko's
exec_command runs its text through the remote user's shell."""

import os
import shlex
import subprocess
import sys

import paramiko

from _ops.module_utils import AnsibleModule


class Module:
    def run_command(self, args, check_rc=False, use_unsafe_shell=False):
        shell = False
        if use_unsafe_shell:
            shell = True
        proc = subprocess.Popen(args, shell=shell, stdout=subprocess.PIPE)
        out, _ = proc.communicate()
        if check_rc and proc.returncode:
            raise RuntimeError(out)
        return out


def run(args, use_shell=False, **extra):
    kwargs = dict(stdout=subprocess.PIPE, check=False)
    if use_shell:
        kwargs = dict(shell=True, stdout=subprocess.PIPE, check=False)
    kwargs.update(extra)
    return subprocess.run(args, **kwargs)


def callers(module: Module):
    wanted = sys.argv[1]
    module.run_command(["systemctl", "status", wanted])
    module.run_command("systemctl status " + wanted, use_unsafe_shell=True)  # [shell-command-injection]
    module.run_command("systemctl status " + wanted)
    module.run_command("uptime", use_unsafe_shell=True)
    run(["ls", wanted])
    run("ls " + wanted, use_shell=True)  # [shell-command-injection]
    run("ls " + wanted, use_shell=False)


def remote(hostname):
    client = paramiko.SSHClient()
    client.connect(hostname)
    client.exec_command("uptime")
    service = os.environ["SERVICE"]
    client.exec_command("systemctl restart " + service)  # [shell-command-injection]
    client.exec_command(input("remote command: "))  # [shell-command-injection]
    return client


def remote_wrapper(client: paramiko.SSHClient, command):
    _, stdout, _ = client.exec_command(command)
    return stdout.read()


def remote_callers(client: paramiko.SSHClient):
    remote_wrapper(client, "df -h")
    remote_wrapper(client, "cat /var/log/" + sys.argv[1])  # [shell-command-injection]


def ansible_like(module: AnsibleModule, name):
    module.run_command(["systemctl", "restart", name])
    module.run_command("systemctl restart %s" % name, use_unsafe_shell=True)  # [shell-command-injection]
    module.run_command("systemctl restart %s" % shlex.quote(name), use_unsafe_shell=True)
    module.run_command("systemctl restart %s" % name)
    module.run_command(os.environ["CMD"], use_unsafe_shell=True)  # [shell-command-injection]
