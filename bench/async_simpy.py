#!/usr/bin/env python3
"""The `tempo bench async` workload on SimPy, for bench/async-vs-simpy.sh.

1,000 processes each wait for 1,000 timeouts of 1 + ((line * 7919 + step * 104729) % 10) time units, and two
processes exchange messages through two simpy.Store queues. Prints one JSON object with the same field names
as `tempo bench async --format json`; the checksum hashes the order in which processes resumed, computed as
Tempo computes it (64-bit wrap-around), so equal checksums mean SimPy and Tempo ran the same schedule.
"""
import json
import sys
import time

import simpy

MASK = (1 << 64) - 1


def to_signed(value):
    return value - (1 << 64) if value >= 1 << 63 else value


def timers(lines, steps):
    env = simpy.Environment()
    state = {"checksum": 17}

    def line(env, index):
        for step in range(steps):
            yield env.timeout(1 + ((index * 7919 + step * 104729) % 10))
            state["checksum"] = (state["checksum"] * 31 + index) & MASK

    for index in range(lines):
        env.process(line(env, index))
    start = time.perf_counter()
    env.run()
    elapsed = time.perf_counter() - start
    return lines * steps, elapsed, env.now, to_signed(state["checksum"])


def ping_pong(messages):
    env = simpy.Environment()
    to_pong = simpy.Store(env)
    to_ping = simpy.Store(env)
    rounds = messages // 2
    state = {"checksum": 0}

    def ping(env):
        for i in range(rounds):
            yield to_pong.put(i)
            value = yield to_ping.get()
            state["checksum"] += value

    def pong(env):
        for _ in range(rounds):
            value = yield to_pong.get()
            yield to_ping.put(value + 1)

    env.process(ping(env))
    env.process(pong(env))
    start = time.perf_counter()
    env.run()
    elapsed = time.perf_counter() - start
    return rounds * 2, elapsed, state["checksum"]


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    messages = int(sys.argv[3]) if len(sys.argv) > 3 else 1000000
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    timer_runs = sorted((timers(lines, steps) for _ in range(runs)), key=lambda r: r[1])
    pong_runs = sorted((ping_pong(messages) for _ in range(runs)), key=lambda r: r[1])
    resumptions, seconds, end, checksum = timer_runs[len(timer_runs) // 2]
    sent, pong_seconds, pong_checksum = pong_runs[len(pong_runs) // 2]
    print(json.dumps({
        "simpy": simpy.__version__,
        "resumptions": resumptions,
        "seconds": round(seconds, 6),
        "resumptionsPerSecond": round(resumptions / seconds),
        "simulatedEnd": end,
        "checksum": checksum,
        "pingPongMessages": sent,
        "pingPongSeconds": round(pong_seconds, 6),
        "pingPongMessagesPerSecond": round(sent / pong_seconds),
        "pingPongChecksum": pong_checksum,
    }))


if __name__ == "__main__":
    main()
