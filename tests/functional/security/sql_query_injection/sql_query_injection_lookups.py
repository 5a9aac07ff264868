"""Queries completed with placeholders repeated per value and with table or
column names chosen from a constant mapping: every piece is a constant."""

import sqlite3
from dataclasses import dataclass

from flask import request

SORT_COLUMNS = {"name": "last_name, first_name", "age": "birth_date DESC"}
TABLES = ("people", "archived_people")
REPORTS = {"daily": "daily_totals"}
REPORTS["custom"] = request.args.get("report_table", "daily_totals")


@dataclass
class PeopleRepository:
    conn: sqlite3.Connection

    def by_ids(self):
        ids = request.args.getlist("id")
        placeholders = ",".join("?" * len(ids))
        query = "SELECT * FROM people WHERE id IN (%s)" % placeholders
        return self.conn.execute(query, ids).fetchall()

    def by_emails(self):
        emails = request.args.getlist("email")
        marks = ", ".join(len(emails) * ["?"])
        return self.conn.execute(f"SELECT * FROM people WHERE email IN ({marks})", emails)

    def sorted(self):
        order = SORT_COLUMNS[request.args.get("sort", "name")]
        return self.conn.execute(f"SELECT * FROM people ORDER BY {order}").fetchall()

    def from_table(self):
        table = TABLES[int(request.args.get("archived", 0))]
        return self.conn.execute("SELECT count(*) FROM " + table).fetchone()

    def report(self):
        table = REPORTS[request.args["report"]]
        return self.conn.execute(f"SELECT * FROM {table}")  # [sql-query-injection]

    def search(self):
        column = request.args["column"]
        return self.conn.execute(f"SELECT {column} FROM people")  # [sql-query-injection]

    def by_names(self):
        names = request.args.getlist("name")
        listed = ",".join("'" + name + "'" for name in names)
        return self.conn.execute(f"SELECT * FROM people WHERE name IN ({listed})")  # [sql-query-injection]
