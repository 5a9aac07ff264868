import sqlite3

TABLES = frozenset({"items", "orders"})
REPORT_FIELDS = ("id", "name", "price")


def query(conn: sqlite3.Connection, sql, params=()):
    return conn.execute(sql, params).fetchall()


def count_rows(conn: sqlite3.Connection, table):
    if table not in TABLES:
        raise ValueError(table)
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()


def search(conn: sqlite3.Connection, term):
    fields = ", ".join(REPORT_FIELDS)
    return query(conn, f"SELECT {fields} FROM items WHERE name = ?", (term,))


def main():
    conn = sqlite3.connect("app.db")
    query(conn, "SELECT * FROM items")
