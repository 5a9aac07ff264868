"""Placeholders built by a helper of the code base are constants; a
connection handed back by contextlib.closing is still a connection."""

import os
import sqlite3
from contextlib import closing


def placeholders(count):
    return ",".join("?" * count)


def column_list(columns):
    return ", ".join(columns)


def by_ids(ids):
    conn = sqlite3.connect("app.db")
    query = "SELECT * FROM users WHERE id IN (%s)" % placeholders(len(ids))
    return conn.execute(query, ids).fetchall()


def purge():
    with closing(sqlite3.connect("app.db")) as conn:
        conn.executescript("DELETE FROM {};".format(os.environ["TABLE"]))  # [sql-query-injection]
        conn.executescript("DELETE FROM logs;")


def report():
    conn = sqlite3.connect("app.db")
    wanted = os.environ["COLUMNS"].split(",")
    return conn.execute(f"SELECT {column_list(wanted)} FROM users")  # [sql-query-injection]


TABLES = {"u": "users", "o": "orders"}
ARCHIVED = frozenset({"old_users", "old_orders"})


def truncate_all(ids):
    conn = sqlite3.connect("app.db")
    for table in TABLES.values():
        conn.execute("DELETE FROM " + table)
    for _, table in TABLES.items():
        conn.execute(f"DELETE FROM {table}")
    for key in TABLES:
        conn.execute("DELETE FROM " + key)
    for table in ARCHIVED:
        conn.execute("DELETE FROM " + table)
    marks = ("?," * len(ids)).rstrip(",")
    conn.execute(f"SELECT * FROM t WHERE id IN ({marks})", ids)
    for name in os.environ["TABLES"].split(","):
        conn.execute("DELETE FROM " + name.strip())  # [sql-query-injection]
