import asyncio


class Mailer:
    async def send(self, to, body):
        await asyncio.sleep(0)
        return to, body


class Newsletter(Mailer):
    async def publish(self, subscribers):
        await asyncio.gather(*(self.send(to, "news") for to in subscribers))
