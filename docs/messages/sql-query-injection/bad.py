import sqlite3
import sys


def query(conn: sqlite3.Connection, sql, params=()):
    return conn.execute(sql, params).fetchall()


def count_rows(conn: sqlite3.Connection, table):
    return conn.execute(f"SELECT count(*) FROM {table}")  # [sql-query-injection]


def search(conn, term):
    return query(conn, f"SELECT * FROM t WHERE a = {term}")  # [sql-query-injection]


def main():
    conn = sqlite3.connect("app.db")
    query(conn, sys.argv[1])  # [sql-query-injection]
