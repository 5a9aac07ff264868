import sqlite3


class Database:
    def __init__(self, path):
        self._conn = sqlite3.connect(path)

    def fetch_user(self, user_id):
        return self._conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()

    async def afetch_user(self, user_id):
        return {"id": user_id}
