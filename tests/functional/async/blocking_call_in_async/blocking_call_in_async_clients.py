"""A service whose async handlers use sync clients: redis, SQLAlchemy, boto3."""

# pylint: disable=unused-variable

import asyncio

import boto3
import redis
from fastapi import Depends, FastAPI
from fastapi_sqlalchemy import db as request_db
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from _service import cache, db, settings
from _service.cache import Cache, LocalCache, get_async_redis, get_redis
from _service.storage import Storage, s3

app = FastAPI()
KEY = "greeting"


@app.get("/cached")
async def cached(client: redis.Redis = Depends(get_redis)):
    value = client.get(KEY)  # [blocking-call-in-async]
    pipe = client.pipeline()
    pipe.incr("hits")
    pipe.expire("hits", 60)
    pipe.execute()  # [blocking-call-in-async]
    return value


async def provided():
    client = get_redis()
    client.set(KEY, "hello")  # [blocking-call-in-async]
    direct = redis.Redis(host="localhost")
    direct.hgetall("user:1")  # [blocking-call-in-async]
    url_client = redis.from_url(settings.REDIS_URL)
    url_client.publish("events", "x")  # [blocking-call-in-async]
    fine = get_async_redis()
    await fine.get(KEY)
    local = LocalCache()
    local.set(KEY, "x")
    local.get(KEY)
    return await asyncio.to_thread(client.get, KEY)


class Handler:
    def __init__(self):
        self.cache = Cache()
        self.storage = Storage()

    async def handle(self, key):
        self.cache.client.delete(key)  # [blocking-call-in-async]
        await self.cache.aclient.delete(key)
        self.cache.local.get(key)
        self.cache.remember(key, 1)  # [transitively-blocking-call-in-async]
        self.storage.s3.upload_file("/tmp/x", settings.BUCKET, key)  # [blocking-call-in-async]
        self.storage.bucket.put_object(Key=key, Body=b"")  # [blocking-call-in-async]
        link = self.storage.url_for(key)
        self.storage.save(key, b"")  # [transitively-blocking-call-in-async]
        return link


@app.get("/users")
async def users(session: Session = Depends(db.get_db)):
    rows = session.execute(select(text("1"))).all()  # [blocking-call-in-async]
    session.commit()  # [blocking-call-in-async]
    query = session.query(KEY)
    first = query.first()  # [blocking-call-in-async]
    local = db.SessionLocal()
    local.add(KEY)
    local.flush()  # [blocking-call-in-async]
    with db.engine.connect() as conn:  # [blocking-call-in-async]
        conn.execute(text("SELECT 1"))  # [blocking-call-in-async]
    count = db.count_users(session)  # [transitively-blocking-call-in-async]
    return rows, first, count


@app.get("/items")
async def items(session=Depends(db.get_db), scoped=Depends(db.get_scoped_db)):
    session.commit()  # [blocking-call-in-async]
    scoped.refresh(KEY)  # [blocking-call-in-async]
    return session.get(int, 1)  # [blocking-call-in-async]


@app.get("/async-users")
async def async_users(session: AsyncSession = Depends(db.get_db)):
    result = await session.execute(select(text("1")))
    await session.commit()
    async with db.AsyncSessionLocal() as other:
        await other.scalars(select(text("1")))
    return result.all()


async def objects(key):
    s3.get_object(Bucket=settings.BUCKET, Key=key)  # [blocking-call-in-async]
    client = boto3.client("sqs")
    client.send_message(QueueUrl="q", MessageBody="x")  # [blocking-call-in-async]
    paginator = s3.get_paginator("list_objects_v2")
    waiter = client.get_waiter("queue_exists")
    bucket = boto3.resource("s3").Bucket(settings.BUCKET)
    bucket.download_file(key, "/tmp/x")  # [blocking-call-in-async]
    url = s3.generate_presigned_url("get_object", Params={"Key": key})
    return paginator, waiter, url, cache.settings.BUCKET


async def legacy_session(key):
    request_db.session.add(key)
    request_db.session.commit()  # [blocking-call-in-async]
    return request_db.session.query(KEY).filter_by(key=key).first()  # [blocking-call-in-async]


def sync_job(key):
    """Sync code may block: nothing to report."""
    client = get_redis()
    client.get(key)
    s3.get_object(Bucket=settings.BUCKET, Key=key)
    return db.SessionLocal().execute(text("SELECT 1"))
