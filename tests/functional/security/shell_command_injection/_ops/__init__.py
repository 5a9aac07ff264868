"""An operations toolkit: settings, a shell helper layer, re-exports."""

from _ops.remote import run_remote, Runner
from _ops.settings import USE_SHELL, BACKUP_COMMAND

__all__ = ["run_remote", "Runner", "USE_SHELL", "BACKUP_COMMAND"]
