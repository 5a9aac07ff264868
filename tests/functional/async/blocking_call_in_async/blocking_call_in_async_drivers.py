"""Database drivers and other sync clients in coroutines, and their async twins."""

# pylint: disable=unused-variable

import ftplib
import smtplib
from email.message import EmailMessage

import aiosmtplib
import motor.motor_asyncio
import paramiko
import psycopg
import psycopg2
import psycopg2.extras
import pymongo
import pymysql
import urllib3

POOL = urllib3.PoolManager()
MONGO = pymongo.MongoClient("mongodb://localhost")
AMONGO = motor.motor_asyncio.AsyncIOMotorClient("mongodb://localhost")


async def postgres(dsn):
    conn = psycopg2.connect(dsn)  # [blocking-call-in-async]
    cur = conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
    cur.execute("SELECT 1")  # [blocking-call-in-async]
    rows = cur.fetchall()  # [blocking-call-in-async]
    conn.commit()  # [blocking-call-in-async]
    with psycopg.connect(dsn) as pg3:  # [blocking-call-in-async]
        pg3.execute("SELECT 1")  # [blocking-call-in-async]
    async with await psycopg.AsyncConnection.connect(dsn) as apg:
        await apg.execute("SELECT 1")
    cur.close()
    return rows


async def mysql():
    conn = pymysql.connect(host="db", user="app")  # [blocking-call-in-async]
    with conn.cursor() as cur:
        cur.execute("SELECT 1")  # [blocking-call-in-async]
        return cur.fetchone()  # [blocking-call-in-async]


async def mongo(user_id):
    users = MONGO.app.users
    user = users.find_one({"_id": user_id})  # [blocking-call-in-async]
    MONGO["app"]["events"].insert_one({"user": user_id})  # [blocking-call-in-async]
    cursor = users.find({"active": True})
    for doc in cursor:  # [blocking-call-in-async]
        print(doc)
    names = [doc["name"] for doc in users.find()]  # [blocking-call-in-async]
    auser = await AMONGO.app.users.find_one({"_id": user_id})
    async for doc in AMONGO.app.users.find():
        print(doc)
    return user, names, auser


async def mail(message: EmailMessage):
    with smtplib.SMTP("mail.example") as smtp:  # [blocking-call-in-async]
        smtp.starttls()  # [blocking-call-in-async]
        smtp.send_message(message)  # [blocking-call-in-async]
    unconnected = smtplib.SMTP()
    await aiosmtplib.send(message, hostname="mail.example")


async def transfer(host):
    ftp = ftplib.FTP(host)  # [blocking-call-in-async]
    ftp.login()  # [blocking-call-in-async]
    POOL.request("GET", "https://example.org")  # [blocking-call-in-async]
    urllib3.request("GET", "https://example.org")  # [blocking-call-in-async]
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host)  # [blocking-call-in-async]
    stdin, stdout, stderr = ssh.exec_command("uptime")  # [blocking-call-in-async]
    return stdout
