"""Async drivers and pandas: asyncpg connections and pools, aiosqlite,
psycopg async connections and cursors, pandas.read_sql."""

import os
import sys

import aiosqlite
import asyncpg
import pandas as pd
import psycopg


async def asyncpg_queries(user_id):
    conn = await asyncpg.connect(os.environ["DSN"])
    table = os.environ["TABLE"]
    await conn.execute("DELETE FROM " + table)  # [sql-query-injection]
    await conn.fetch(f"SELECT * FROM users WHERE id = {user_id}")  # [sql-query-injection]
    await conn.fetchrow("SELECT * FROM users WHERE id = $1", user_id)
    await conn.fetchval("SELECT count(*) FROM users")
    await conn.executemany("INSERT INTO t VALUES ($1)", [(1,), (2,)])
    await conn.prepare(f"SELECT * FROM {table}")  # [sql-query-injection]
    await conn.close()


async def pool_queries():
    pool = await asyncpg.create_pool(os.environ["DSN"])
    async with pool.acquire() as conn:
        await conn.fetch("SELECT * FROM users WHERE name = $1", sys.argv[1])
        await conn.fetch("SELECT * FROM users WHERE name = '" + sys.argv[1] + "'")  # [sql-query-injection]
    await pool.fetchval(sys.argv[2])  # [sql-query-injection]
    await pool.execute("VACUUM")


async def aiosqlite_queries(name):
    async with aiosqlite.connect("app.db") as db:
        await db.execute("SELECT * FROM users WHERE name = ?", (name,))
        await db.execute(f"SELECT * FROM users WHERE name = '{name}'")  # [sql-query-injection]
        async with db.execute("SELECT * FROM " + os.environ["T"]) as cursor:  # [sql-query-injection]
            return await cursor.fetchall()


async def psycopg_async(email):
    async with await psycopg.AsyncConnection.connect(os.environ["DSN"]) as aconn:
        async with aconn.cursor() as cur:
            await cur.execute("SELECT * FROM users WHERE email = %s", (email,))
            await cur.execute("SELECT * FROM users WHERE email = %(email)s", {"email": email})
            await cur.execute(f"SELECT * FROM users WHERE email = '{email}'")  # [sql-query-injection]
        await aconn.execute("DELETE FROM users WHERE email = " + email)  # [sql-query-injection]


def frames(conn, region):
    pd.read_sql("SELECT * FROM sales", conn)
    pd.read_sql("SELECT * FROM sales WHERE region = %s", conn, params=(region,))
    pd.read_sql_query(f"SELECT * FROM sales WHERE region = '{region}'", conn)  # [sql-query-injection]
    return pd.read_sql("SELECT * FROM " + sys.argv[1], con=conn)  # [sql-query-injection]


class LookAlike:
    """Not a database: its fetch is not SQL."""

    async def fetch(self, url):
        return url


async def look_alike(client: LookAlike):
    await client.fetch("https://example.com/" + sys.argv[1])
