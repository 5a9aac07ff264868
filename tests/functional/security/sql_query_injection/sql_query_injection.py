"""SQL built from dynamic parts, on inferred DB-API receivers, through helpers."""

import sqlite3

import psycopg2
from psycopg2 import sql
from _store import Repository, connect
from _store.queries import ARCHIVE, ORDER_COLUMNS


class CommandBus:
    """Runs application commands: its execute is not SQL."""

    def execute(self, command):
        return command


def search(request_args):
    term = request_args.get("q", "")
    conn = connect()
    cur = conn.cursor()
    cur.execute("SELECT * FROM orders WHERE name LIKE '%" + term + "%'")  # [sql-query-injection]
    cur.execute("SELECT * FROM orders WHERE name LIKE ?", (f"%{term}%",))
    cur.execute(f"SELECT {ORDER_COLUMNS} FROM orders")
    cur.execute(ARCHIVE)
    conn.execute("DELETE FROM orders WHERE id = %s" % term)  # [sql-query-injection]
    conn.executemany("INSERT INTO tags VALUES ('{}')".format(term), [])  # [sql-query-injection]
    conn.executescript(ARCHIVE + ";")


def bulk_delete(ids):
    placeholders = ", ".join(["?"] * len(ids))
    with sqlite3.connect("app.db") as conn:
        conn.execute(f"DELETE FROM orders WHERE id IN ({placeholders})", ids)
        conn.execute("DELETE FROM orders WHERE id IN (%s)" % ",".join("?" for _ in ids), ids)


def limits(page_size):
    conn = connect()
    conn.execute("SELECT * FROM orders LIMIT %d" % page_size)
    conn.execute(f"SELECT * FROM orders LIMIT {int(page_size)}")


def report(table_name):
    repo = Repository("app.db")
    repo.by_status("open")
    repo.table_size("orders")
    repo.table_size(table_name)
    requested = input("table: ")
    repo.table_size(requested)  # table_size() builds the query: reported there
    repo.run("SELECT * FROM " + requested)  # [sql-query-injection]


def postgres(dsn, column):
    pg = psycopg2.connect(dsn)
    with pg.cursor() as cursor:
        wanted = input("column: ")
        cursor.execute(f"SELECT {wanted} FROM orders")  # [sql-query-injection]
        cursor.execute(
            sql.SQL("SELECT {} FROM orders").format(sql.Identifier(wanted))
        )
        query = sql.SQL("SELECT {} FROM {}").format(
            sql.Identifier(column), sql.Identifier("orders")
        )
        cursor.execute(query)


def dispatch(bus: CommandBus, name):
    user = input("user: ")
    bus.execute(f"deactivate {user}")
    CommandBus().execute("archive " + user)


def profile(bus: CommandBus):
    from _store.db import fetch_user

    wanted = input("user: ")
    fetch_user(connect().cursor(), wanted)  # [sql-query-injection]
    fetch_user(bus, wanted)
    fetch_user(connect().cursor(), 42)
