"""TLS verification turned off by value: names, settings modules, **kwargs,
sessions, clients and contexts held on self."""

import ssl

import aiohttp
import httpx
import requests
import urllib3
from requests import Session

from _http.settings import CA_BUNDLE, CLIENT_OPTIONS, STRICT_TLS, VERIFY_TLS


def fetch(url):
    requests.get(url, verify=False)  # [tls-verification-disabled]
    requests.get(url, verify=VERIFY_TLS)  # [tls-verification-disabled]
    requests.post(url, **CLIENT_OPTIONS)  # [tls-verification-disabled]
    requests.get(url, verify=STRICT_TLS)
    requests.get(url, verify=CA_BUNDLE)
    requests.get(url, timeout=5)
    check = True
    requests.get(url, verify=check)


class InventoryClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = Session()
        self.session.verify = False  # [tls-verification-disabled]
        self.ctx = ssl.create_default_context()
        self.strict = ssl.create_default_context()

    def items(self):
        return self.session.get(self.base_url + "/items", verify=VERIFY_TLS)  # [tls-verification-disabled]

    def relax(self):
        self.ctx.check_hostname = False  # [tls-verification-disabled]
        self.ctx.verify_mode = ssl.CERT_NONE  # [tls-verification-disabled]
        self.strict.verify_mode = ssl.CERT_REQUIRED
        self.strict.check_hostname = True


def modern_sync(url):
    with httpx.Client(verify=False) as client:  # [tls-verification-disabled]
        client.get(url)
    httpx.get(url, verify=VERIFY_TLS)  # [tls-verification-disabled]
    httpx.get(url, verify=CA_BUNDLE)


async def modern(url):
    async with aiohttp.ClientSession() as session:
        await session.get(url, ssl=False)  # [tls-verification-disabled]
        await session.get(url)
    connector = aiohttp.TCPConnector(ssl=False)  # [tls-verification-disabled]
    return connector


def low_level(host, verify):
    context = ssl._create_unverified_context()  # [tls-verification-disabled]
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE")  # [tls-verification-disabled]
    urllib3.PoolManager(cert_reqs="CERT_REQUIRED")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if not verify:
        # The caller's choice: reported where the caller passes verify=False.
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return context, pool, host


class Settings:
    """Not an SSLContext: its attributes are just flags."""

    def __init__(self):
        self.check_hostname = True
        self.verify = True

    def loosen(self):
        self.check_hostname = False
        self.verify = False
