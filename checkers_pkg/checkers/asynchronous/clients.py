"""The synchronous clients of the libraries async services are built on
(CATALOGUE.md, *Library clients*): which of their calls talk to a server.

A *kind* is a role a value may play (a redis client, a psycopg2 cursor, a
pymongo collection). Each kind says which of its methods do I/O, what its
other methods and attributes give (``conn.cursor()`` a cursor,
``client.app`` a database), whether iterating it does I/O, and what to use
instead. Values are given a kind by their class (installed library), by the
import path of the call that built them (library not installed), or by
the kind of what they were taken from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

# Methods of an open-ended client (every command or service call blocks)
# that do no I/O: they build objects, read configuration or name things.
_REDIS_IDLE = frozenset(
    {
        "pipeline", "lock", "pubsub", "monitor", "from_url", "from_pool", "get_encoder",
        "get_connection_kwargs", "set_response_callback", "load_external_module",
        "register_script", "get_retry", "set_retry", "get_cache", "close", "client",
        "parse_response", "bf", "cf", "cms", "ft", "json", "tdigest", "topk", "ts",
        "digest_local", "get_connection",
    }
)
_BOTO_CLIENT_IDLE = frozenset(
    {"get_paginator", "get_waiter", "can_paginate", "generate_presigned_url",
     "generate_presigned_post", "close", "meta", "exceptions"}
)
_BOTO_RESOURCE_IDLE = frozenset({"get_available_subresources", "meta"})
_FTP_IDLE = frozenset({"set_debuglevel", "debug", "set_pasv", "getwelcome", "sanitize"})
_DBAPI = frozenset({"execute", "executemany", "fetchone", "fetchmany", "fetchall",
                    "commit", "rollback", "callproc", "copy_expert", "copy_from",
                    "copy_to", "mogrify_execute", "nextset", "scroll"})
_MONGO_COLLECTION = frozenset(
    {
        "find_one", "insert_one", "insert_many", "update_one", "update_many", "replace_one",
        "delete_one", "delete_many", "find_one_and_delete", "find_one_and_replace",
        "find_one_and_update", "distinct", "bulk_write", "aggregate", "count_documents",
        "estimated_document_count", "create_index", "create_indexes", "drop_index",
        "drop_indexes", "drop", "list_indexes", "index_information", "rename", "watch",
        "aggregate_raw_batches", "find_raw_batches",
    }
)
_MONGO_DATABASE = frozenset({"command", "list_collection_names", "list_collections",
                             "create_collection", "drop_collection", "validate_collection",
                             "dereference", "cursor_command", "aggregate", "watch"})
_MONGO_CLIENT = frozenset({"list_database_names", "list_databases", "drop_database",
                           "server_info", "watch", "bulk_write"})
_SQLALCHEMY = frozenset({"execute", "scalars", "scalar", "get", "commit", "flush",
                         "refresh", "connect", "begin"})
_SMTP = frozenset({"connect", "ehlo", "helo", "starttls", "login", "sendmail", "send_message",
                   "quit", "noop", "rset", "verify", "auth", "docmd", "mail", "rcpt", "data"})

_TO_THREAD = "hand it to asyncio.to_thread()"


@dataclass(frozen=True)
class Kind:
    """A role a client value plays."""

    label: str  # how messages name it: ``redis.Redis``
    instead: str  # ``redis.asyncio.Redis``
    blocking: frozenset[str] = frozenset()  # methods that do I/O
    every_method: bool = False  # every public method but ``idle`` does I/O
    idle: frozenset[str] = frozenset()
    returns: Mapping[str, str] = field(default_factory=dict)  # method -> kind key
    attribute: str | None = None  # ``client.app``, ``client["app"]`` -> kind key
    items: Mapping[str, str] = field(default_factory=dict)  # ``resp["Body"]`` -> kind key
    iterating_blocks: bool = False
    subresources: bool = False  # boto3: ``s3.Bucket(name)`` names a resource
    result: str | None = None  # what its other I/O methods return (a boto3 response)

    def blocks(self, method: str) -> bool:
        """Whether calling ``method`` on a value of this kind does I/O."""
        if method.startswith("_"):
            return False
        if self.every_method:
            return method not in self.idle and not (self.subresources and method[:1].isupper())
        return method in self.blocking

    def returned_kind(self, method: str) -> str | None:
        """The kind key of what ``method`` returns, if the table knows it."""
        found = self.returns.get(method)
        if found is None and self.subresources and method[:1].isupper():
            return "boto3-resource"
        if found is None and self.result is not None and self.blocks(method):
            return self.result
        return found

    def method_label(self, method: str) -> str:
        """``redis.Redis.get``, or ``put_object on a boto3 client``."""
        if " " in self.label:
            return f"{method} on a {self.label}"
        return f"{self.label}.{method}"

    def advice(self) -> str:
        """What to do instead, for the message."""
        return f"use {self.instead} or {_TO_THREAD}"


KINDS: dict[str, Kind] = {
    "redis": Kind("redis.Redis", "redis.asyncio.Redis", every_method=True, idle=_REDIS_IDLE,
                  returns={"pipeline": "redis-pipeline"}),
    "redis-cluster": Kind("redis.cluster.RedisCluster", "redis.asyncio.cluster.RedisCluster",
                          every_method=True, idle=_REDIS_IDLE,
                          returns={"pipeline": "redis-pipeline"}),
    "redis-pipeline": Kind("redis.client.Pipeline", "redis.asyncio.Redis.pipeline()",
                           blocking=frozenset({"execute"})),
    "psycopg2-connection": Kind("psycopg2 connection", "psycopg.AsyncConnection (or asyncpg)",
                                blocking=_DBAPI, returns={"cursor": "psycopg2-cursor"}),
    "psycopg2-cursor": Kind("psycopg2 cursor", "psycopg.AsyncCursor (or asyncpg)",
                            blocking=_DBAPI),
    "psycopg2-pool": Kind("psycopg2 pool", "psycopg_pool.AsyncConnectionPool",
                          returns={"getconn": "psycopg2-connection"}),
    "psycopg-connection": Kind("psycopg.Connection", "psycopg.AsyncConnection",
                               blocking=_DBAPI,
                               returns={"cursor": "psycopg-cursor", "execute": "psycopg-cursor"}),
    "psycopg-cursor": Kind("psycopg.Cursor", "psycopg.AsyncCursor", blocking=_DBAPI),
    "psycopg-pool": Kind("psycopg_pool.ConnectionPool", "psycopg_pool.AsyncConnectionPool",
                         blocking=frozenset({"getconn"}),
                         returns={"connection": "psycopg-connection",
                                  "getconn": "psycopg-connection"}),
    "mysql-connection": Kind("pymysql connection", "aiomysql", blocking=_DBAPI | {"ping"},
                             returns={"cursor": "mysql-cursor"}),
    "mysql-cursor": Kind("pymysql cursor", "aiomysql", blocking=_DBAPI),
    "mongo-client": Kind("pymongo.MongoClient", "pymongo.AsyncMongoClient (or motor)",
                         blocking=_MONGO_CLIENT, attribute="mongo-database",
                         returns={"get_database": "mongo-database",
                                  "get_default_database": "mongo-database"}),
    "mongo-database": Kind("pymongo Database", "pymongo.AsyncMongoClient (or motor)",
                           blocking=_MONGO_DATABASE, attribute="mongo-collection",
                           returns={"get_collection": "mongo-collection"}),
    "mongo-collection": Kind("pymongo Collection", "pymongo.AsyncMongoClient (or motor)",
                             blocking=_MONGO_COLLECTION, attribute="mongo-collection",
                             returns={"find": "mongo-cursor", "find_raw_batches": "mongo-cursor",
                                      "with_options": "mongo-collection"}),
    "mongo-cursor": Kind("pymongo Cursor", "pymongo.AsyncMongoClient (or motor)",
                         blocking=frozenset({"next", "to_list", "explain", "distinct"}),
                         iterating_blocks=True,
                         returns={m: "mongo-cursor" for m in ("sort", "limit", "skip",
                                                              "batch_size", "hint", "where",
                                                              "max_time_ms", "collation")}),
    "sqlalchemy-engine": Kind("sqlalchemy Engine", "sqlalchemy.ext.asyncio.AsyncEngine",
                              blocking=_SQLALCHEMY,
                              returns={"connect": "sqlalchemy-connection",
                                       "begin": "sqlalchemy-connection"}),
    "sqlalchemy-connection": Kind("sqlalchemy Connection",
                                  "sqlalchemy.ext.asyncio.AsyncConnection",
                                  blocking=_SQLALCHEMY | {"exec_driver_sql"}),
    "sqlalchemy-session": Kind("sqlalchemy Session", "sqlalchemy.ext.asyncio.AsyncSession",
                               blocking=_SQLALCHEMY, returns={"query": "sqlalchemy-query"}),
    "sqlalchemy-sessionmaker": Kind("sqlalchemy sessionmaker",
                                    "sqlalchemy.ext.asyncio.async_sessionmaker",
                                    returns={"__call__": "sqlalchemy-session",
                                             "begin": "sqlalchemy-session"}),
    "sqlalchemy-query": Kind("sqlalchemy Query", "select() with AsyncSession",
                             blocking=frozenset({"all", "first", "one", "count"}),
                             returns={m: "sqlalchemy-query" for m in (
                                 "filter", "filter_by", "order_by", "join", "outerjoin",
                                 "limit", "offset", "options", "group_by", "having",
                                 "distinct", "with_entities", "select_from", "where")}),
    "boto3-client": Kind("boto3 client", "aioboto3 (or aiobotocore)", every_method=True,
                         idle=_BOTO_CLIENT_IDLE,
                         returns={"get_paginator": "boto3-paginator",
                                  "get_waiter": "boto3-waiter"},
                         result="boto3-response"),
    "boto3-response": Kind("boto3 response", "aioboto3", items={"Body": "boto3-body"}),
    "boto3-body": Kind("botocore StreamingBody", "aioboto3",
                       blocking=frozenset({"read", "iter_lines", "iter_chunks", "readlines"}),
                       iterating_blocks=True),
    "boto3-paginator": Kind("boto3 paginator", "aioboto3",
                            returns={"paginate": "boto3-pages"}),
    "boto3-pages": Kind("boto3 page iterator", "aioboto3", iterating_blocks=True,
                        blocking=frozenset({"build_full_result", "search"})),
    "boto3-waiter": Kind("boto3 waiter", "aioboto3", blocking=frozenset({"wait"})),
    "boto3-resource": Kind("boto3 resource", "aioboto3", every_method=True,
                           idle=_BOTO_RESOURCE_IDLE, subresources=True,
                           attribute="boto3-collection-or-attribute", result="boto3-response"),
    "boto3-collection-or-attribute": Kind(
        "boto3 collection", "aioboto3",
        returns={m: "boto3-collection" for m in ("all", "filter", "limit", "page_size")}),
    "boto3-collection": Kind("boto3 collection", "aioboto3", iterating_blocks=True,
                             blocking=frozenset({"delete"}),
                             returns={m: "boto3-collection"
                                      for m in ("all", "filter", "limit", "page_size")}),
    "smtp": Kind("smtplib.SMTP", "aiosmtplib", blocking=_SMTP),
    "ftp": Kind("ftplib.FTP", "aioftp", every_method=True, idle=_FTP_IDLE),
    "urllib3": Kind("urllib3.PoolManager", "an async HTTP client (httpx.AsyncClient, aiohttp)",
                    blocking=frozenset({"request", "urlopen", "request_encode_url",
                                        "request_encode_body"})),
    "paramiko": Kind("paramiko.SSHClient", "asyncssh",
                     blocking=frozenset({"connect", "exec_command"})),
}
# Class names (as astroid names them when the library is installed, as
# annotations and imports spell them when it is not) and factory names
# (the callee of the call that built the value) -> kind key.
TYPE_NAMES: dict[str, str] = {
    **dict.fromkeys(("redis.Redis", "redis.StrictRedis", "redis.client.Redis",
                     "redis.client.StrictRedis", "redis.Redis.from_url", "redis.from_url",
                     "redis.client.Redis.from_url", "redis.utils.from_url",
                     "redis.StrictRedis.from_url", "redis.Redis.from_pool",
                     "redis.client.Redis.from_pool", "redis.sentinel.Sentinel.master_for",
                     "redis.sentinel.Sentinel.slave_for"), "redis"),
    **dict.fromkeys(("redis.RedisCluster", "redis.cluster.RedisCluster",
                     "redis.cluster.RedisCluster.from_url", "redis.RedisCluster.from_url"),
                    "redis-cluster"),
    **dict.fromkeys(("redis.client.Pipeline", "redis.cluster.ClusterPipeline",
                     "redis.Redis.pipeline", "redis.client.Redis.pipeline",
                     "redis.StrictRedis.pipeline"), "redis-pipeline"),
    **dict.fromkeys(("psycopg2.connect", "psycopg2.extensions.connection",
                     "psycopg2._psycopg.connection", "psycopg2.extras.DictConnection",
                     "psycopg2.extras.RealDictConnection", "psycopg2.extras.LoggingConnection"),
                    "psycopg2-connection"),
    **dict.fromkeys(("psycopg2.extensions.cursor", "psycopg2._psycopg.cursor",
                     "psycopg2.extras.DictCursor", "psycopg2.extras.RealDictCursor",
                     "psycopg2.extras.NamedTupleCursor", "psycopg2.extras.DictCursorBase"),
                    "psycopg2-cursor"),
    **dict.fromkeys(("psycopg2.pool.SimpleConnectionPool", "psycopg2.pool.ThreadedConnectionPool",
                     "psycopg2.pool.AbstractConnectionPool"), "psycopg2-pool"),
    **dict.fromkeys(("psycopg.connect", "psycopg.Connection", "psycopg.connection.Connection",
                     "psycopg.Connection.connect", "psycopg.connection.Connection.connect"),
                    "psycopg-connection"),
    **dict.fromkeys(("psycopg.Cursor", "psycopg.cursor.Cursor", "psycopg.ServerCursor",
                     "psycopg.server_cursor.ServerCursor", "psycopg.ClientCursor",
                     "psycopg.client_cursor.ClientCursor"), "psycopg-cursor"),
    **dict.fromkeys(("psycopg_pool.ConnectionPool", "psycopg_pool.pool.ConnectionPool"),
                    "psycopg-pool"),
    **dict.fromkeys(("pymysql.connect", "pymysql.Connect", "pymysql.Connection",
                     "pymysql.connections.Connection", "MySQLdb.connect", "MySQLdb.Connect",
                     "MySQLdb.Connection", "MySQLdb.connections.Connection"), "mysql-connection"),
    **dict.fromkeys(("pymysql.cursors.Cursor", "pymysql.cursors.DictCursor",
                     "pymysql.cursors.SSCursor", "pymysql.cursors.SSDictCursor",
                     "MySQLdb.cursors.Cursor", "MySQLdb.cursors.DictCursor",
                     "MySQLdb.cursors.BaseCursor"), "mysql-cursor"),
    **dict.fromkeys(("pymongo.MongoClient", "pymongo.mongo_client.MongoClient",
                     "pymongo.synchronous.mongo_client.MongoClient"), "mongo-client"),
    **dict.fromkeys(("pymongo.database.Database", "pymongo.synchronous.database.Database"),
                    "mongo-database"),
    **dict.fromkeys(("pymongo.collection.Collection",
                     "pymongo.synchronous.collection.Collection"), "mongo-collection"),
    **dict.fromkeys(("pymongo.cursor.Cursor", "pymongo.synchronous.cursor.Cursor",
                     "pymongo.command_cursor.CommandCursor",
                     "pymongo.synchronous.command_cursor.CommandCursor"), "mongo-cursor"),
    **dict.fromkeys(("sqlalchemy.create_engine", "sqlalchemy.engine.create_engine",
                     "sqlalchemy.engine.create.create_engine", "sqlalchemy.Engine",
                     "sqlalchemy.engine.Engine", "sqlalchemy.engine.base.Engine",
                     "sqlalchemy.engine_from_config", "sqlalchemy.engine.engine_from_config",
                     "sqlalchemy.engine.create.engine_from_config"), "sqlalchemy-engine"),
    **dict.fromkeys(("sqlalchemy.Connection", "sqlalchemy.engine.Connection",
                     "sqlalchemy.engine.base.Connection"), "sqlalchemy-connection"),
    **dict.fromkeys(("sqlalchemy.orm.Session", "sqlalchemy.orm.session.Session",
                     "sqlalchemy.orm.scoped_session", "sqlalchemy.orm.scoping.scoped_session",
                     "sqlmodel.Session", "sqlmodel.orm.session.Session",
                     # FastAPI-SQLAlchemy's request-scoped ``db.session``
                     "fastapi_sqlalchemy.db.session",
                     "fastapi_sqlalchemy.middleware.db.session"), "sqlalchemy-session"),
    **dict.fromkeys(("sqlalchemy.orm.sessionmaker", "sqlalchemy.orm.session.sessionmaker"),
                    "sqlalchemy-sessionmaker"),
    **dict.fromkeys(("sqlalchemy.orm.Query", "sqlalchemy.orm.query.Query"), "sqlalchemy-query"),
    **dict.fromkeys(("boto3.client", "boto3.session.Session.client", "boto3.Session.client",
                     "botocore.client.BaseClient", "botocore.session.Session.create_client"),
                    "boto3-client"),
    **dict.fromkeys(("boto3.resource", "boto3.session.Session.resource", "boto3.Session.resource",
                     "boto3.resources.base.ServiceResource"), "boto3-resource"),
    **dict.fromkeys(("botocore.response.StreamingBody",), "boto3-body"),
    **dict.fromkeys(("botocore.paginate.Paginator",), "boto3-paginator"),
    **dict.fromkeys(("botocore.paginate.PageIterator",), "boto3-pages"),
    **dict.fromkeys(("botocore.waiter.Waiter",), "boto3-waiter"),
    **dict.fromkeys(("smtplib.SMTP", "smtplib.SMTP_SSL", "smtplib.LMTP"), "smtp"),
    **dict.fromkeys(("ftplib.FTP", "ftplib.FTP_TLS"), "ftp"),
    **dict.fromkeys(("urllib3.PoolManager", "urllib3.poolmanager.PoolManager",
                     "urllib3.ProxyManager", "urllib3.poolmanager.ProxyManager",
                     "urllib3.HTTPConnectionPool", "urllib3.connectionpool.HTTPConnectionPool",
                     "urllib3.HTTPSConnectionPool", "urllib3.connectionpool.HTTPSConnectionPool",
                     "urllib3.connection_from_url", "urllib3.connectionpool.connection_from_url",
                     "urllib3._request_methods.RequestMethods"), "urllib3"),
    **dict.fromkeys(("paramiko.SSHClient", "paramiko.client.SSHClient"), "paramiko"),
}
# Classes astroid builds at run time for boto3's clients and resources, and
# the typed stubs' (``mypy_boto3_s3.S3Client``).
_DYNAMIC_TYPES = (
    (re.compile(r"botocore\.client\.ClientCreator\._create_client_class\."), "boto3-client"),
    (re.compile(r"boto3\.resources\.factory\.ResourceFactory\.load_from_definition\."),
     "boto3-resource"),
    (re.compile(r"mypy_boto3_\w+(\.client)?\.\w+Client$"), "boto3-client"),
    (re.compile(r"mypy_boto3_\w+\.service_resource\.\w+$"), "boto3-resource"),
)

# Calls that connect (or send) themselves: public name -> kind key whose
# ``instead`` the message gives. ``host`` means only with a host argument.
BLOCKING_FACTORIES: dict[str, tuple[str, str, bool]] = {
    **dict.fromkeys(("psycopg2.connect",), ("psycopg2.connect", "psycopg2-connection", False)),
    **dict.fromkeys(("psycopg.connect", "psycopg.Connection.connect",
                     "psycopg.connection.Connection.connect"),
                    ("psycopg.connect", "psycopg-connection", False)),
    **dict.fromkeys(("pymysql.connect", "pymysql.Connect", "pymysql.Connection",
                     "pymysql.connections.Connection"),
                    ("pymysql.connect", "mysql-connection", False)),
    **dict.fromkeys(("MySQLdb.connect", "MySQLdb.Connect", "MySQLdb.Connection",
                     "MySQLdb.connections.Connection"),
                    ("MySQLdb.connect", "mysql-connection", False)),
    **dict.fromkeys(("smtplib.SMTP",), ("smtplib.SMTP", "smtp", True)),
    **dict.fromkeys(("smtplib.SMTP_SSL",), ("smtplib.SMTP_SSL", "smtp", True)),
    **dict.fromkeys(("ftplib.FTP",), ("ftplib.FTP", "ftp", True)),
    **dict.fromkeys(("ftplib.FTP_TLS",), ("ftplib.FTP_TLS", "ftp", True)),
    **dict.fromkeys(("urllib3.request", "urllib3._request_methods.request"),
                    ("urllib3.request", "urllib3", False)),
}


def kind_named(names: tuple[str, ...] | list[str]) -> str | None:
    """The kind key of the first of ``names`` the tables know."""
    for name in names:
        key = TYPE_NAMES.get(name)
        if key is not None:
            return key
        for pattern, dynamic in _DYNAMIC_TYPES:
            if pattern.match(name):
                return dynamic
    return None


# The top-level packages of the clients: a class outside them is not a client.
CLIENT_PACKAGES = frozenset(
    name.split(".", 1)[0] for name in (*TYPE_NAMES, *BLOCKING_FACTORIES)
) | {"mypy_boto3_s3"}
