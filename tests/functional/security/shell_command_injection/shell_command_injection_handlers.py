"""Parameters of route handlers are filled from the request: outside values
even when they reach the shell unchanged."""

import os
import subprocess

from fastapi import APIRouter
from flask import Flask, request
from rest_framework.decorators import api_view

app = Flask(__name__)
router = APIRouter()


@app.route("/run/<command>")
def run_command(command):
    return subprocess.check_output(command, shell=True)  # [shell-command-injection]


@app.post("/hooks")
def hook():
    os.system(request.form["hook"])  # [shell-command-injection]
    name = request.args.get("name", "default")
    os.system("deploy " + name)  # [shell-command-injection]
    return "ok"


@router.get("/ping")
async def ping(host: str):
    return subprocess.run(f"ping -c1 {host}", shell=True, check=False)  # [blocking-call-in-async, shell-command-injection]


@api_view(["POST"])
def restart(request_):
    return os.system(request_.data["unit"])  # [shell-command-injection]


@app.get("/safe/<int:pid>")
def safe(pid: int):
    return subprocess.run(["kill", str(pid)], check=False)
