"""Library clients and Django's ORM, asked of real astroid trees."""

from __future__ import annotations

from checkers_pkg.checkers.asynchronous.client_kinds import client_call, client_kind
from checkers_pkg.checkers.asynchronous.clients import KINDS, kind_named
from checkers_pkg.checkers.asynchronous.orm import orm_value
from checkers_pkg.checkers.asynchronous.orm_queries import sync_only_call
from tests.unit.conftest import extract


def test_kinds_by_class_factory_and_stub_names() -> None:
    assert kind_named(["redis.client.Redis"]) == "redis"
    assert kind_named(["redis.Redis.from_url"]) == "redis"
    assert kind_named(["mypy_boto3_s3.client.S3Client"]) == "boto3-client"
    assert kind_named(["redis.asyncio.client.Redis", "motor.motor_asyncio.Client"]) is None


def test_open_ended_clients_leave_out_what_does_no_io() -> None:
    assert KINDS["redis"].blocks("hgetall")
    assert not KINDS["redis"].blocks("pipeline")
    assert not KINDS["redis"].blocks("_private")
    assert KINDS["redis-pipeline"].blocks("execute") and not KINDS["redis-pipeline"].blocks("set")
    assert KINDS["boto3-client"].blocks("put_object")
    assert not KINDS["boto3-client"].blocks("generate_presigned_url")
    assert not KINDS["boto3-resource"].blocks("Bucket")
    assert KINDS["boto3-resource"].returned_kind("Bucket") == "boto3-resource"


def test_calls_on_clients_built_by_factories_and_methods() -> None:
    found = extract(
        """
        import redis, psycopg2
        from redis import asyncio as aioredis
        r = redis.Redis.from_url("redis://")
        r.get("k")  #@
        r.pipeline().set("k", 1)  #@
        aioredis.Redis().get("k")  #@
        conn = psycopg2.connect("dsn")  #@
        conn.cursor().execute("SELECT 1")  #@
        """
    )
    found[3] = found[3].value
    labels = [call.label if call else None for call in map(client_call, found)]
    assert labels == ["redis.Redis.get", None, None, "psycopg2.connect",
                      "execute on a psycopg2 cursor"]


def test_smtp_connects_only_with_a_host() -> None:
    with_host, without = extract(
        """
        import smtplib
        smtplib.SMTP("mail.example")  #@
        smtplib.SMTP()  #@
        """
    )
    assert client_call(with_host).label == "smtplib.SMTP"
    assert client_call(without) is None


def test_mongo_attributes_and_items_are_databases_and_collections() -> None:
    (users, events) = extract(
        """
        import pymongo
        client = pymongo.MongoClient()
        client.app.users  #@
        client["app"]["events"]  #@
        """
    )
    assert client_kind(users) == "mongo-collection"
    assert client_kind(events) == "mongo-collection"


def test_orm_values_and_queries() -> None:
    manager, lazy, count, plain = extract(
        """
        from django.db import models
        class Book(models.Model):
            title = models.CharField(max_length=9)
        class Registry:
            objects = {}
        Book.objects  #@
        Book.objects.filter(title="x")  #@
        Book.objects.filter(title="x").count()  #@
        Registry.objects.get("x")  #@
        """
    )
    assert orm_value(manager).role == "manager"
    assert orm_value(lazy).role == "queryset"
    assert sync_only_call(lazy) is None
    assert sync_only_call(count).what == "Book.objects.filter(title='x').count()"
    assert sync_only_call(plain) is None
