"""Read throughput with 1, 2 and 3 replicas behind HAProxy: authenticated GraphQL `whoami`.

Run: `python -m bench.read_throughput` (needs PostgreSQL as for the tests, TRCR_TEST_POSTGRES_URL,
and HAProxy: `apt-get install haproxy`). Three `trcr serve` replicas share one fresh PostgreSQL
database (LISTEN/NOTIFY as the broker); three HAProxy frontends route to the first 1, 2 and 3 of
them (the configuration of tests/balancer.py). Concurrent keep-alive clients in this process
send `whoami` through each frontend in alternating rounds, so machine noise falls on every side.
Printed: requests per second per replica count and the ratio to one replica. Linear would be
2x and 3x; on a machine with C cores nothing beats about C x, less what the load generator and
HAProxy themselves take from those cores (the development machine has 2). No target: the ratio
says how much a replica more buys on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.harness import throughput  # noqa: E402
from tests.balancer import HAPROXY, Balancer, Replicas, trcr  # noqa: E402
from tests.support import POSTGRES_URL, create_postgres_database, drop_postgres_database  # noqa: E402

WHOAMI = "query { whoami { user { id email } organization { id name } role } }"
COUNTS = (1, 2, 3)


async def _throughput(base_url: str, token: str, clients: int, seconds: float) -> float:
    """Requests per second `clients` concurrent keep-alive clients complete in `seconds`."""
    body = {"query": WHOAMI}
    headers = {"Authorization": f"Bearer {token}"}

    async def call(http: httpx.AsyncClient) -> None:
        response = await http.post("/graphql", json=body, headers=headers)
        if response.status_code != 200 or "errors" in response.json():
            raise RuntimeError(f"whoami failed: {response.status_code} {response.text}")

    return await throughput(call, base_url, clients, seconds)


async def main(rounds: int, seconds: float, clients: int) -> int:
    if not os.access(HAPROXY, os.X_OK):
        print(f"HAProxy is not installed ({HAPROXY}): apt-get install haproxy", file=sys.stderr)
        return 2
    database_url = await create_postgres_database(POSTGRES_URL)
    workdir = Path(tempfile.mkdtemp(prefix="trcr-bench-replicas-"))
    owner = trcr(database_url, "init", "--org-name", "Bench", "--email", "b@example.test", "--json")
    replicas = Replicas(database_url, database_url, max(COUNTS), workdir, "leastconn")
    balancers: dict[int, Balancer] = {}
    try:
        replicas.start()  # with a balancer over all of them
        assert replicas.balancer is not None
        balancers[max(COUNTS)] = replicas.balancer
        ports = [server.port for server in replicas.servers]
        for count in COUNTS[:-1]:
            folder = workdir / f"balancer-{count}"
            folder.mkdir()
            balancers[count] = Balancer(ports[:count], "leastconn")
            balancers[count].start(folder)
            balancers[count].wait_for({f"replica{i}": "UP" for i in range(count)})
        samples: dict[int, list[float]] = {count: [] for count in COUNTS}
        for _ in range(rounds):
            for count in COUNTS:
                balancer = balancers[count]
                samples[count].append(
                    await _throughput(balancer.base_url, owner["token"], clients, seconds)
                )
    finally:
        for balancer in balancers.values():
            balancer.stop()
        replicas.stop()  # its balancer was the last of them
        await drop_postgres_database(POSTGRES_URL, database_url)

    print(
        f"read_throughput: whoami through HAProxy, {clients} clients, {rounds} rounds of "
        f"{seconds:g} s per side, {os.cpu_count()} cores"
    )
    base = statistics.median(samples[1])
    for count in COUNTS:
        median = statistics.median(samples[count])
        rounds_text = " ".join(f"{value:.0f}" for value in samples[count])
        print(
            f"  {count} replica{'s' if count > 1 else ' '}: {median:7.0f} req/s "
            f"({median / base:.2f}x one replica; rounds: {rounds_text})"
        )
    return 0


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--seconds", type=float, default=5.0, help="per side and round (5)")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (32)")
    args = parser.parse_args(argv)
    return asyncio.run(main(args.rounds, args.seconds, args.clients))


if __name__ == "__main__":
    sys.exit(cli())
