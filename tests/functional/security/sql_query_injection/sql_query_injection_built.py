"""A query built from a parameter is reported where it is built; a parameter
handed on unchanged makes a wrapper judged at its callers; constants from a
settings module, enums and psycopg compositions are safe."""

import sqlite3
import sys

from psycopg2 import sql

from _store.settings import DEFAULT_TABLE, REPORT_FIELDS, SORTABLE, Table


def count_rows(conn: sqlite3.Connection, table):
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()  # [sql-query-injection]


def count_all(conn: sqlite3.Connection):
    count_rows(conn, "orders")  # built inside count_rows(): reported there only
    count_rows(conn, sys.argv[1])


def query(conn: sqlite3.Connection, text, params=()):
    """A pass-through wrapper: silent here."""
    return conn.execute(text, params).fetchall()


def report(conn: sqlite3.Connection, since):
    fields = ", ".join(REPORT_FIELDS)
    query(conn, f"SELECT {fields} FROM {DEFAULT_TABLE} WHERE created > ?", (since,))
    query(conn, "SELECT * FROM " + Table.ORDERS.value)
    query(conn, f"SELECT * FROM {Table.CUSTOMERS.value} WHERE id = ?", (since,))
    return query(conn, "SELECT * FROM orders WHERE created > '" + since + "'")  # [sql-query-injection]


def sorted_report(conn: sqlite3.Connection, column):
    if column not in SORTABLE:
        raise ValueError(column)
    return query(conn, f"SELECT * FROM orders ORDER BY {column}")


def cli(conn: sqlite3.Connection):
    query(conn, sys.argv[1])  # [sql-query-injection]
    table = sys.argv[2]
    query(conn, "DELETE FROM " + table)  # [sql-query-injection]
    query(conn, "DELETE FROM orders WHERE id = ?", (sys.argv[3],))


def composed(cursor, table, column):
    cursor.execute(
        sql.SQL("SELECT {} FROM {}").format(sql.Identifier(column), sql.Identifier(table))
    )
    stmt = sql.SQL("DELETE FROM {} WHERE id = %s").format(sql.Identifier(table))
    cursor.execute(stmt, (1,))


def insert_many(conn: sqlite3.Connection, table, rows):
    marks = ", ".join("?" for _ in rows[0])
    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)  # [sql-query-injection]


def count_table(conn: sqlite3.Connection, table: Table, limit: int):
    """An enum's member value and a number: constants and digits only."""
    return conn.execute(f"SELECT count(*) FROM {table.value} LIMIT {limit}").fetchone()


def count_named(conn: sqlite3.Connection, table: str, limit: int):
    return conn.execute(f"SELECT count(*) FROM {table} LIMIT {limit}").fetchone()  # [sql-query-injection]


def purge_all(conn: sqlite3.Connection):
    for table in Table:
        conn.execute(f"DELETE FROM {table.value}")
    for name in sys.argv[1:]:
        conn.execute(f"DELETE FROM {name}")  # [sql-query-injection]
