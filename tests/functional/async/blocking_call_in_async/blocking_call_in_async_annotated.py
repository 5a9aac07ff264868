"""Clients known by their annotations: handlers receive them as parameters
or hold them in dataclass fields and ``self`` attributes."""
from __future__ import annotations

import asyncio
import sqlite3
import subprocess
from dataclasses import dataclass, field
from typing import Optional

import requests
from _webapp.clients import AsyncPayments, PaymentsClient
from _webapp.db import Database


@dataclass
class Services:
    http: requests.Session
    db: Database
    payments: PaymentsClient
    async_payments: AsyncPayments
    connection: Optional[sqlite3.Connection] = None
    history: list = field(default_factory=list)


class Checkout:
    def __init__(self, services: Services, session: requests.Session | None = None):
        self.services = services
        self.session = session

    async def pay(self, order: dict) -> None:
        self.session.get("https://example.com/rates")  # [blocking-call-in-async]
        self.services.http.post("https://example.com/pay", json=order)  # [blocking-call-in-async]
        self.services.connection.execute("UPDATE orders SET paid = 1")  # [blocking-call-in-async]
        self.services.payments.charge(order["total"])  # [transitively-blocking-call-in-async]
        self.services.db.fetch_user(order["user"])  # [transitively-blocking-call-in-async]
        await self.services.async_payments.charge(order["total"])
        self.services.history.append(order)


async def export(db: Database, process: subprocess.Popen, runner: "subprocess.Popen") -> None:
    db.fetch_user(1)  # [transitively-blocking-call-in-async]
    process.wait()  # [blocking-call-in-async]
    process.poll()
    runner.wait()  # a string annotation is not read
    await db.afetch_user(1)
    await asyncio.to_thread(db.fetch_user, 1)


def export_sync(db: Database, session: requests.Session) -> None:
    db.fetch_user(1)
    session.get("https://example.com")
