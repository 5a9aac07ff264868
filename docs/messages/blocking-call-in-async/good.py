import asyncio

import requests


class PriceFeed:
    def __init__(self):
        self.session = requests.Session()

    async def latest(self, symbol):
        url = f"https://prices.example/{symbol}"
        response = await asyncio.to_thread(self.session.get, url)
        return response.json()
