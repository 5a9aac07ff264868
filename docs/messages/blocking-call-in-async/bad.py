import requests


class PriceFeed:
    def __init__(self):
        self.session = requests.Session()

    async def latest(self, symbol):
        response = self.session.get(f"https://prices.example/{symbol}")  # [blocking-call-in-async]
        return response.json()
