"""Blocking calls inside async def: the whole event loop stops with them."""

import asyncio
import functools
import http.client
import os
import shutil
import socket
import sqlite3
import subprocess as sp
import time
import urllib.request
from pathlib import Path
from time import sleep as nap

import httpx
import requests
from requests import Session

POLL = time.sleep


class ReportClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()
        self.db = sqlite3.connect("reports.db")

    async def fetch(self, name):
        response = self.session.get(f"{self.base_url}/{name}")  # [blocking-call-in-async]
        self.db.execute("INSERT INTO seen VALUES (?)", (name,))  # [blocking-call-in-async]
        return response

    def fetch_sync(self, name):
        return self.session.get(f"{self.base_url}/{name}")


async def handler(path, host):
    time.sleep(0.1)  # [blocking-call-in-async]
    nap(1)  # [blocking-call-in-async]
    POLL(2)  # [blocking-call-in-async]
    requests.get("https://example.com")  # [blocking-call-in-async]
    with Session() as session:
        session.post("https://example.com", data={})  # [blocking-call-in-async]
    sp.run(["ls"], check=True)  # [blocking-call-in-async]
    os.system("true")  # [blocking-call-in-async]
    with open(path, encoding="utf-8") as stream:  # [blocking-call-in-async]
        stream.read()
    text = Path(path).read_text(encoding="utf-8")  # [blocking-call-in-async]
    shutil.rmtree(path)  # [blocking-call-in-async]
    urllib.request.urlopen("https://example.com")  # [blocking-call-in-async]
    connection = http.client.HTTPSConnection(host)
    connection.request("GET", "/")  # [blocking-call-in-async]
    sock = socket.create_connection((host, 80))  # [blocking-call-in-async]
    sock.recv(1024)  # [blocking-call-in-async]
    cursor = sqlite3.connect(":memory:").cursor()  # [blocking-call-in-async]
    cursor.execute("SELECT 1")  # [blocking-call-in-async]
    answer = input("continue? ")  # [blocking-call-in-async]
    httpx.get("https://example.com")  # [blocking-call-in-async]
    with httpx.Client() as client:
        client.post("https://example.com", json={})  # [blocking-call-in-async]
    async with httpx.AsyncClient() as async_client:
        await async_client.get("https://example.com")
    return text, answer


async def correct(path, loop):
    """Look-alikes: handed to a thread, in nested sync code, or async APIs."""
    await asyncio.sleep(1)
    await asyncio.to_thread(time.sleep, 1)
    await asyncio.to_thread(shutil.rmtree, path)
    await loop.run_in_executor(None, functools.partial(requests.get, "https://example.com"))
    await asyncio.get_running_loop().run_in_executor(None, lambda: time.sleep(1))

    def read_config():
        with open(path, encoding="utf-8") as stream:
            return stream.read()

    content = await asyncio.to_thread(read_config)
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
    return content


class Scheduler:
    """A class whose method names match blocking APIs but are async-safe."""

    async def sleep(self, seconds):
        await asyncio.sleep(seconds)

    def get(self, key):
        return key

    async def run(self):
        await self.sleep(1)
        self.get("k")


def sync_code(path):
    time.sleep(1)
    return Path(path).read_text(encoding="utf-8")
