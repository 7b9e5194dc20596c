"""Refuse and log every network connection that is not to loopback (loaded via PYTHONPATH)."""

import ipaddress
import os
import socket

_LOG = os.environ.get("MH_NET_LOG", "/tmp/mh_net_log.txt")


def _loopback(host) -> bool:
    if host is None:
        return True
    host = str(host)
    if host in ("localhost", "") or host.startswith("/"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _refuse(what, host):
    with open(_LOG, "a") as f:
        f.write(f"{what} {host}\n")
    raise OSError(f"network disabled for tests: {what} {host}")


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo
_create_connection = socket.create_connection


def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
        _refuse("connect", address[0])
    return _connect(self, address)


def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
        _refuse("connect_ex", address[0])
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if not _loopback(host):
        _refuse("getaddrinfo", host)
    return _getaddrinfo(host, *args, **kwargs)


def create_connection(address, *args, **kwargs):
    if not _loopback(address[0]):
        _refuse("create_connection", address[0])
    return _create_connection(address, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.getaddrinfo = getaddrinfo
socket.create_connection = create_connection
