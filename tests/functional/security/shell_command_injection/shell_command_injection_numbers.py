"""Numbers spliced into a command cannot carry shell syntax."""

import os


def signal_self():
    os.system(f"kill -0 {os.getpid()}")
    os.system("kill -0 " + str(os.getppid()))
    os.system(f"kill -0 {os.environ['WATCHED_PID']}")  # [shell-command-injection]
