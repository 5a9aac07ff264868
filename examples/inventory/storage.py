"""Persisting stock levels."""

import json
import sqlite3


def read_snapshot(path):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def load_levels(path):
    return {sku: int(count) for sku, count in read_snapshot(path).items()}


class StockStore:
    def __init__(self, database):
        self.connection = sqlite3.connect(database)

    async def record(self, sku, count):
        self.connection.execute("UPDATE stock SET count = ? WHERE sku = ?", (count, sku))
        return sku, count
