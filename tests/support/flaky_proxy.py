#!/usr/bin/env python3
"""A TCP proxy that can play a Wi-Fi drop: between a phone (Chromium) and lightning's phone
server, it forwards bytes both ways until told to drop; then it cuts every connection and
refuses new ones (its port closed: connection refused) for a while, and listens again.

As a library (tests/e2e/phone_browser_check.py):
    proxy = FlakyProxy(("127.0.0.1", 8765))   # listens on a free port of 127.0.0.1
    proxy.port                                 # where the phone goes instead
    proxy.drop(10)                             # cut all, refuse for 10 s (returns at once)
    proxy.close()

By hand: flaky_proxy.py TARGET_PORT [LISTEN_PORT]; a line "drop SECONDS" on stdin drops.
"""
import socket
import sys
import threading
import time


class FlakyProxy:
    def __init__(self, target, port=0, host="127.0.0.1"):
        self.target = target
        self.host = host
        self.lock = threading.Lock()
        self.conns = set()        # every open socket, both sides
        self.up_at = 0.0          # monotonic time until which the port stays closed
        self.accepted = 0
        self.closed = False
        self.listener = self._listen(port)
        self.port = self.listener.getsockname()[1]  # kept across drops
        threading.Thread(target=self._serve, daemon=True).start()

    def _listen(self, port):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((self.host, port))
        s.listen(64)
        s.settimeout(0.05)  # so that a drop closes it within 50 ms
        return s

    def _serve(self):
        # Only this thread opens and closes the listening socket.
        listener = self.listener
        while not self.closed:
            if time.monotonic() < self.up_at:
                if listener is not None:
                    listener.close()  # connection refused from now on
                    listener = None
                time.sleep(0.02)
                continue
            if listener is None:
                try:
                    listener = self._listen(self.port)
                except OSError:  # the old socket not quite gone yet
                    time.sleep(0.05)
                    continue
            try:
                client, _ = listener.accept()
            except OSError:  # timeout
                continue
            if time.monotonic() < self.up_at:  # a drop came meanwhile
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            client.settimeout(None)
            for s in (client, upstream):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.conns.update((client, upstream))
                self.accepted += 1
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()
        if listener is not None:
            listener.close()

    def _pipe(self, src, dst):
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            self._close(s)

    def _close(self, s):
        with self.lock:
            self.conns.discard(s)
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()

    def open_connections(self):
        with self.lock:
            return len(self.conns) // 2

    def drop(self, seconds):
        """Every connection cut now, and the port refuses connections for `seconds`."""
        with self.lock:
            self.up_at = time.monotonic() + seconds
            conns = list(self.conns)
        for s in conns:
            self._close(s)

    def close(self):
        self.drop(0)
        self.closed = True


def main():
    target = int(sys.argv[1])
    proxy = FlakyProxy(("127.0.0.1", target), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    print("proxy on 127.0.0.1:%d -> 127.0.0.1:%d" % (proxy.port, target), flush=True)
    for line in sys.stdin:
        words = line.split()
        if len(words) == 2 and words[0] == "drop":
            proxy.drop(float(words[1]))
            print("dropped for %s s" % words[1], flush=True)


if __name__ == "__main__":
    main()
