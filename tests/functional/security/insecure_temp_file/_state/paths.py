"""Where the service keeps its state: an enum, a settings object, constants."""

import dataclasses
import enum

import attr

SPOOL = "/tmp/spool"
DATA_ROOT = "/var/lib/service"


class StateFile(enum.Enum):
    LOCK = "/tmp/service.lock"
    CACHE = "/var/lib/service/cache.json"


@dataclasses.dataclass(frozen=True)
class Paths:
    scratch: str = "/var/lib/service/scratch"


SHARED = Paths(scratch="/tmp/service-scratch")
PRIVATE = Paths()


@attr.frozen
class CacheSettings:
    cache_file: str = "/tmp/service-cache.json"


PRIVATE_CACHE = CacheSettings(cache_file="/var/cache/service/cache.json")
SHARED_CACHE = CacheSettings()


@attr.s(frozen=True, auto_attribs=True)
class StoreSettings:
    scratch_dir: str = "/var/lib/store/scratch"
    cache_file: str = "/tmp/store-cache.json"


@dataclasses.dataclass(frozen=True)
class QueueSettings:
    spool_file: str = "/tmp/queue.spool"


PRIVATE_STORE = StoreSettings(cache_file="/var/cache/store/cache.json")
PRIVATE_QUEUE = QueueSettings("/var/spool/queue.spool")
