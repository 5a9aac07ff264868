"""A settings module as services write one: frozen dataclasses built once,
NamedTuples, enums and a table of TLS modes."""

import dataclasses
import enum
import ssl
from typing import NamedTuple


@dataclasses.dataclass(frozen=True)
class HttpConfig:
    base_url: str
    check_certs: bool = True
    timeout: float = 5.0


PROD = HttpConfig("https://api.example.com", timeout=3.0)
LAB = HttpConfig("https://lab.internal", check_certs=False)


@dataclasses.dataclass(frozen=True)
class Settings:
    http: HttpConfig = dataclasses.field(default_factory=lambda: PROD)
    name: str = "svc"


CONFIG = Settings(http=HttpConfig("https://lab.internal", False))


class Endpoint(NamedTuple):
    url: str
    verify: bool = True


LEGACY = Endpoint("https://old.internal", False)
MODERN = Endpoint("https://new.example.com")


class Verify(enum.Enum):
    STRICT = True
    LAX = False


TLS_MODES = {"off": ssl.CERT_NONE, "on": ssl.CERT_REQUIRED}
