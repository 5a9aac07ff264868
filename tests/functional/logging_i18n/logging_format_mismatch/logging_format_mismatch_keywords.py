"""Only positional arguments are format arguments: extra=, exc_info=,
stack_info= and stacklevel= do not fill a template's placeholders."""

import enum
import logging
from dataclasses import dataclass

LOG = logging.getLogger(__name__)
LOGIN = "%(user)s logged in from %(host)s"


class Event(enum.Enum):
    LOGIN = "login"


@dataclass
class Session:
    user: str
    host: str


class AuditTrail:
    """A service that logs through an adapter and a self attribute."""

    def __init__(self, name):
        self.logger = logging.getLogger(name)
        self.adapter = logging.LoggerAdapter(self.logger, {"service": name})

    def opened(self, session: Session, options):
        self.logger.info("%(user)s logged in", extra={"user": session.user})  # [logging-format-mismatch]
        self.adapter.info(LOGIN, extra={"user": session.user, "host": session.host})  # [logging-format-mismatch]
        self.logger.log(logging.INFO, "%(user)s logged in", extra=vars(session))  # [logging-format-mismatch]
        self.logger.warning("%(user)s logged in", extra={"user": session.user}, **options)  # [logging-format-mismatch]
        logging.info("%(event)s by %(user)s", extra={"event": Event.LOGIN, "user": session.user})  # [logging-format-mismatch]

    def failed(self, session: Session):
        try:
            session.user.encode("ascii")
        except UnicodeError:
            self.logger.exception("%(user)s has a bad name", exc_info=True, stack_info=True)  # [logging-format-mismatch]
            self.logger.error(LOGIN, stacklevel=2)  # [logging-format-mismatch]

    def look_alikes(self, session: Session, args, options):
        """Silent: a mapping given positionally, extra= on a template without
        placeholders, an escaped percent, arguments that cannot be counted."""
        self.logger.info("%(user)s logged in", {"user": session.user}, extra={"x": 1})
        self.logger.info(LOGIN, vars(session), exc_info=True)
        self.logger.info("user logged in", extra={"user": session.user})
        self.logger.info("login at 100%% capacity", extra={"user": session.user})
        self.logger.info("%(user)s logged in", *args, extra={"user": session.user})
        self.logger.info(LOGIN, {"user": 1, "host": 2}, **options)
        self.logger.info("%(user)s from %(host)s", extra={"user": 1})  # pylint: disable=logging-format-mismatch
        formatter = logging.Formatter("%(asctime)s %(user)s %(message)s")
        return formatter


class Recorder:
    """Not a logger: its info() formats with its keyword arguments."""

    def info(self, template, **values):
        return template % values


def record(recorder: Recorder, user):
    recorder.info("%(user)s logged in", user=user)
