"""Counts every frame on one interface by kind and addresses, until SIGTERM; prints JSON.

Used by test/integration/lan-netns.test.ts inside a network namespace (no tcpdump on these
machines): it shows that the participant's traffic went to the workshop host and nowhere else.
"""
import json
import signal
import socket
import struct
import sys

iface = sys.argv[1]
sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.ntohs(3))
sock.bind((iface, 0))
sock.settimeout(0.2)
seen = {}
stopping = False


def stop(*_args):
    global stopping
    stopping = True


signal.signal(signal.SIGTERM, stop)
print("ready", flush=True)
while not stopping:
    try:
        frame = sock.recv(65535)
    except socket.timeout:
        continue
    ethertype = struct.unpack("!H", frame[12:14])[0]
    if ethertype == 0x0800:
        key = "ipv4 %s %s" % (socket.inet_ntoa(frame[26:30]), socket.inet_ntoa(frame[30:34]))
    elif ethertype == 0x0806:
        key = "arp %s %s" % (socket.inet_ntoa(frame[28:32]), socket.inet_ntoa(frame[38:42]))
    else:
        key = "ethertype %#06x" % ethertype
    seen[key] = seen.get(key, 0) + 1
print(json.dumps(seen), flush=True)
