#!/usr/bin/env python3
"""Sends COUNT garbage UDP packets to 127.0.0.1:PORT as fast as it can: random bytes, cut OSC
messages, bundles, wrong addresses and wrong types, never a valid /lightning/ command.
Usage: osc_flood.py PORT [COUNT]"""
import os
import random
import socket
import struct
import sys


def osc_string(text):
    data = text.encode() + b"\0"
    return data + b"\0" * (-len(data) % 4)


def packets():
    rng = random.Random(7)
    kinds = [
        lambda: os.urandom(rng.randint(1, 1500)),
        lambda: osc_string("/lightning/start")[: rng.randint(1, 15)],  # cut short
        lambda: osc_string("#bundle") + b"\0" * 8 + os.urandom(32),
        lambda: osc_string("/lightning/quit") + osc_string(","),
        lambda: osc_string("/lightning/extend") + osc_string(",s") + osc_string("60"),
        lambda: osc_string("/lightning/extend") + osc_string(",i"),  # the int is missing
        lambda: osc_string("/other/start") + osc_string(","),
        lambda: osc_string("/lightning/extend") + osc_string(",f") + struct.pack(">f", -1.0),
    ]
    while True:
        yield rng.choice(kinds)()


def main():
    port = int(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sent = 0
    for packet in packets():
        if sent == count:
            break
        sock.sendto(packet, ("127.0.0.1", port))
        sent += 1
    print(sent)


if __name__ == "__main__":
    main()
