"""A small service: every async message across modules, with look-alikes."""

import asyncio
import logging

from _webapp import config, notify
from _webapp.clients import AsyncPayments, PaymentsClient
from _webapp.db import Database

log = logging.getLogger(__name__)


class OrderService:
    def __init__(self, db_path):
        self.db = Database(db_path)
        self.payments = PaymentsClient()
        self.async_payments = AsyncPayments()
        self._background = set()

    async def place(self, order):
        settings = config.load()  # [transitively-blocking-call-in-async]
        user = self.db.fetch_user(order["user"])  # [transitively-blocking-call-in-async]
        self.payments.charge(order["total"])  # [transitively-blocking-call-in-async]
        await self.async_payments.charge(order["total"])
        notify.send_email(user, "placed")  # [unawaited-coroutine]
        if self.async_payments.is_fraud(order):  # [coroutine-in-boolean-context]
            log.warning("fraud suspected for %s", order["id"])
        asyncio.create_task(notify.send_sms(user, "placed"))  # [dangling-task]
        task = asyncio.create_task(notify.send_sms(user, "tracking"))
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        log.info("placed %s", order["id"])
        return settings, config.defaults()

    async def refund(self, order):
        response = self.payments.http.post("https://payments.example/refund", json=order)  # [blocking-call-in-async]
        await notify.send_email(await self.db.afetch_user(order["user"]), "refund")
        return response

    async def refund_in_thread(self, order):
        return await asyncio.to_thread(self.payments.charge, -order["total"])

    def place_sync(self, order):
        """Sync code may block: nothing to report."""
        return self.payments.charge(order["total"]), self.db.fetch_user(order["user"])
