import requests


class PaymentsClient:
    def __init__(self, base_url="https://payments.example"):
        self.base_url = base_url
        self.http = requests.Session()

    def charge(self, amount):
        return self.http.post(f"{self.base_url}/charge", json={"amount": amount})


class AsyncPayments:
    async def charge(self, amount):
        return amount

    async def is_fraud(self, order):
        return order.get("total", 0) > 10_000
