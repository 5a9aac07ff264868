"""Queries taken whole from outside the program, in a web app and a CLI;
other opaque values stay silent."""

import argparse
import os
import sqlite3

from flask import Flask, request

app = Flask(__name__)
ORDER_BY = {"new": "created DESC", "old": "created ASC"}
TABLES = ("orders", "customers")


def db():
    return sqlite3.connect("app.db")


@app.route("/query")
def run_query():
    return db().execute(request.args["q"]).fetchall()  # [sql-query-injection]


@app.route("/orders/<status>")
def orders(status):
    conn = db()
    conn.execute("SELECT * FROM orders WHERE status = ?", (status,))
    conn.execute("SELECT * FROM orders WHERE status = '%s'" % status)  # [sql-query-injection]
    order = ORDER_BY[request.args.get("sort", "new")]
    return conn.execute("SELECT * FROM orders ORDER BY " + order).fetchall()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--where", default="1=1")
    parser.add_argument("--table", choices=TABLES)
    options = parser.parse_args()
    conn = db()
    conn.execute("SELECT * FROM orders WHERE " + options.where)  # [sql-query-injection]
    conn.executescript(os.environ["MIGRATION"])  # [sql-query-injection]
    conn.execute(input("sql> "))  # [sql-query-injection]


def opaque(conn: sqlite3.Connection, migration):
    conn.executescript(migration.read_text())
    conn.execute(migration.sql)
