"""Connections and a repository whose helper hides the cursor."""

import sqlite3

from _store import queries


def connect(path="app.db"):
    return sqlite3.connect(path)


class Repository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def run(self, sql, params=()):
        cursor = self.conn.cursor()
        cursor.execute(sql, params)
        return cursor.fetchall()

    def by_status(self, status):
        return self.run(queries.BY_STATUS, (status,))

    def table_size(self, table):
        return self.run("SELECT count(*) FROM " + table)


def fetch_user(cursor, user_id):
    """The cursor comes from the caller: a sink when the caller passes one."""
    cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")
    return cursor.fetchone()
