"""A call in a comprehension runs in its function: a parameter handed on
there makes the function a wrapper, judged at its callers."""

import sqlite3

from flask import request


class Database:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def run(self, query, values=()):
        return self.conn.execute(query, values)

    def execute_many(self, query, rows):
        return [self.run(query, row) for row in rows]

    def fetch_each(self, query, keys):
        return {key: self.conn.execute(query, (key,)).fetchone() for key in keys}


def search():
    db = Database("app.db")
    term = request.args["q"]
    db.execute_many(f"SELECT * FROM people WHERE name = '{term}'", [()])  # [sql-query-injection]
    db.execute_many("SELECT * FROM people WHERE name = ?", [(term,)])
    db.fetch_each("SELECT * FROM people WHERE id = ?", request.args.getlist("id"))
    tables = request.args.getlist("table")
    return [db.conn.execute(f"SELECT count(*) FROM {table}") for table in tables]  # [sql-query-injection]
