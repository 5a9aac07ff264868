import sqlite3

ALLOWED_TABLES = {"items": "items", "orders": "orders"}


class Repository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def run(self, query, params=()):
        return self.conn.execute(query, params).fetchall()


def search(repo: Repository, args):
    term = args.get("q", "")
    cur = repo.conn.cursor()
    cur.execute("SELECT * FROM items WHERE name = ?", (term,))
    ids = args.getlist("id")
    marks = ", ".join(["?"] * len(ids))
    cur.execute(f"SELECT * FROM items WHERE id IN ({marks})", ids)
    return repo.run("SELECT count(*) FROM items")
