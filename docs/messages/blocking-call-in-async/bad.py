import requests


class PriceFeed:
    def __init__(self):
        self.session = requests.Session()

    async def latest(self, symbol):
        url = f"https://prices.example/{symbol}"
        response = self.session.get(url)  # [blocking-call-in-async]
        return response.json()
