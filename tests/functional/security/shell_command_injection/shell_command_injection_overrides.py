"""A base class whose method runs the shell through another method on
``self``: a subclass that overrides that method (a dry run, a runner that
splits into an argument list) does not reach the shell, so calls on its
instances are silent; calls on the base class and on subclasses that keep
the method are reported."""

import shlex
import subprocess
import sys


class Executor:
    """Runs release steps through the shell."""

    def run(self, command):
        return subprocess.run(command, shell=True, check=True)

    def deploy(self, step):
        return self.run(step)


class DryRunExecutor(Executor):
    """Prints the steps instead of running them."""

    def run(self, command):
        print("would run:", command)

    def rollout(self, version):
        return self.deploy(version)


class ArgvExecutor(Executor):
    """Runs the steps without a shell."""

    def run(self, command):
        return subprocess.run(shlex.split(command), check=True)


class VerboseExecutor(Executor):
    """Keeps the shell runner; only logs."""

    def deploy(self, step):
        print("deploying", step)
        return super().deploy(step)


def release(executor: DryRunExecutor):
    step = "deploy --version " + sys.argv[1]
    DryRunExecutor().deploy(step)
    DryRunExecutor().rollout(step)
    ArgvExecutor().deploy(step)
    executor.deploy(step)
    Executor().deploy(step)  # [shell-command-injection]
    VerboseExecutor().deploy(step)  # [shell-command-injection]
