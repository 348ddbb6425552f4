#!/usr/bin/python3
"""A small feed server on 127.0.0.1 for Coalition's HTTP sync tests, honest or not.

The first path segment chooses how it behaves; the rest names a feed, and every mode
reads and writes the same in-memory feeds, so a feed stored through /honest/ can be
fetched through /truncate/:

  /honest/NAME           GET and PUT with strong ETags; honours If-Match, If-None-Match
  /no-etag/NAME          as honest, but sends no ETag and ignores preconditions
  /ignore-if-match/NAME  sends ETags but stores every PUT, whatever its If-Match says
  /ignore-if-none-match/NAME  honours If-Match, stores a PUT whatever its If-None-Match says
  /always-412/NAME       GET as honest; every PUT answers 412 Precondition Failed
  /stall/NAME            reads the request and never answers
  /drip/NAME             promises a large body and sends a byte every 200 ms
  /truncate/NAME         sends half of the feed, then closes the connection
  /huge-length/NAME      announces a 10 GB body
  /huge-chunked/NAME     streams chunks without end
  /redirect-http/NAME    (https) redirects to the plain http /honest/NAME
  /status-NNN/NAME       answers status NNN

POST /_revert/NAME puts back the feed's previous version, as a laptop's stale write
that a careless server accepted would. DELETE removes a feed. GET /_stats answers the
count of PUTs per "MODE/NAME".

Prints "http PORT" (and "https PORT" with --tls CERT KEY) once listening.
"""

import argparse
import hashlib
import json
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

feeds = {}  # name -> list of versions, newest last
puts = {}   # "mode/name" -> count
lock = threading.Lock()
http_port = 0


def etag_of(body):
    return '"' + hashlib.sha1(body).hexdigest() + '"'


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def split(self):
        parts = self.path.lstrip("/").split("/", 1)
        return parts[0], (parts[1] if len(parts) > 1 else "")

    def answer(self, status, body=b"", headers=None):
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def current(self, name):
        versions = feeds.get(name)
        return versions[-1] if versions else None

    def do_GET(self):
        mode, name = self.split()
        if mode == "_stats":
            with lock:
                return self.answer(200, json.dumps(puts).encode())
        with lock:
            body = self.current(name)
        if mode == "stall":
            time.sleep(60)
            return
        if mode == "drip":
            self.send_response(200)
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            for _ in range(300):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
            return
        if mode == "huge-length":
            self.send_response(200)
            self.send_header("Content-Length", str(10 * 1024 ** 3))
            self.end_headers()
            self.wfile.write(b"x" * 65536)
            return
        if mode == "huge-chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"x" * 65536
            try:
                for _ in range(100000):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    # About 6 MB/s, as from across a network: a flood on the loopback
                    # faster than the client reads keeps Qt's network thread reading
                    # without a break, and the client hears of the bytes only when its
                    # stall timer fires (seen under the sanitizers and on an idle machine).
                    time.sleep(0.01)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if mode == "redirect-http":
            return self.answer(302, headers={
                "Location": "http://127.0.0.1:%d/honest/%s" % (http_port, name)})
        if mode.startswith("status-"):
            return self.answer(int(mode[len("status-"):]))
        if body is None:
            return self.answer(404)
        if mode == "truncate":
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag_of(body))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        headers = {} if mode == "no-etag" else {"ETag": etag_of(body)}
        self.answer(200, body, headers)

    def do_PUT(self):
        mode, name = self.split()
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        if mode == "stall":
            time.sleep(60)
            return
        with lock:
            key = mode + "/" + name
            puts[key] = puts.get(key, 0) + 1
            current = self.current(name)
            if mode == "always-412":
                return self.answer(412)
            if mode.startswith("status-"):
                return self.answer(int(mode[len("status-"):]))
            if mode in ("honest", "ignore-if-none-match"):
                if_match = self.headers.get("If-Match")
                if_none_match = self.headers.get("If-None-Match")
                if mode == "honest" and if_none_match == "*" and current is not None:
                    return self.answer(412)
                if if_match is not None and (current is None or if_match != etag_of(current)):
                    return self.answer(412)
            feeds.setdefault(name, []).append(body)
            headers = {} if mode == "no-etag" else {"ETag": etag_of(body)}
            self.answer(201 if current is None else 204, headers=headers)

    def do_DELETE(self):
        mode, name = self.split()
        with lock:
            found = feeds.pop(name, None) is not None
        self.answer(204 if found else 404)

    def do_POST(self):
        mode, name = self.split()
        with lock:
            versions = feeds.get(name, [])
            if mode != "_revert" or len(versions) < 2:
                return self.answer(400)
            versions.append(versions[-2])
        self.answer(204)


def main():
    global http_port
    parser = argparse.ArgumentParser()
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    options = parser.parse_args()
    plain = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    plain.daemon_threads = True
    http_port = plain.server_address[1]
    servers = [plain]
    print("http %d" % http_port)
    if options.tls:
        secure = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        secure.daemon_threads = True
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*options.tls)
        secure.socket = context.wrap_socket(secure.socket, server_side=True)
        servers.append(secure)
        print("https %d" % secure.server_address[1])
    sys.stdout.flush()
    for server in servers[1:]:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    plain.serve_forever()


if __name__ == "__main__":
    main()
