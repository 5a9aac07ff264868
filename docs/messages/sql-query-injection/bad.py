import sqlite3


class Repository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def run(self, query, params=()):
        return self.conn.execute(query, params).fetchall()


def search(repo: Repository, args):
    term = args.get("q", "")
    cur = repo.conn.cursor()
    cur.execute("SELECT * FROM items WHERE name = '%s'" % term)  # [sql-query-injection]
    table = input("table: ")
    return repo.run("SELECT count(*) FROM " + table)  # [sql-query-injection]
