"""GraphiQL in a real headless Chromium that can reach nothing but the server: the page loads from
the server's own assets, shows where the token goes, and a query with a token returns data.

Chromium is Debian's (`apt-get install -y chromium`, which .ci/run does); it is driven over the
DevTools protocol with the `websockets` client. Without it the test skips with the reason, and
TRCR_REQUIRE_SERVICES=1 makes that a failure.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import subprocess
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import websockets

from tests.conftest import Workspace
from tests.support import ServerProcess

TIMEOUT = 90.0


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        reason = "Chromium is not installed (Debian: apt-get install -y chromium)"
        if os.environ.get("TRCR_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{reason}, and TRCR_REQUIRE_SERVICES=1 makes it required")
        pytest.skip(reason)
    return found


class Page:
    """One tab over the DevTools protocol: commands, and every network request it made."""

    def __init__(self, socket: Any) -> None:
        self.socket = socket
        self.ids = itertools.count(1)
        self.requests: list[str] = []
        self.failed: list[str] = []

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        message_id = next(self.ids)
        await self.socket.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            message = json.loads(await asyncio.wait_for(self.socket.recv(), TIMEOUT))
            if message.get("method") == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
            elif message.get("method") == "Network.loadingFailed":
                self.failed.append(message["params"].get("errorText", ""))
            elif message.get("id") == message_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                result: dict[str, Any] = message["result"]
                return result

    async def evaluate(self, expression: str) -> Any:
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def until(self, expression: str, what: str) -> Any:
        deadline = asyncio.get_running_loop().time() + TIMEOUT
        while asyncio.get_running_loop().time() < deadline:
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.25)
        shown = [url[:100] for url in self.requests]
        result = await self.evaluate(
            "Array.from(document.querySelectorAll('.result-window .CodeMirror'))"
            ".map(e => e.CodeMirror.getValue()).join()"
        )
        raise AssertionError(f"timed out waiting for {what}; result: {result}; requests: {shown}")


@asynccontextmanager
async def offline_chromium(allowed_host: str, profile: Path) -> AsyncIterator[Page]:
    """Headless Chromium whose resolver knows only `allowed_host`: any other name fails."""
    process = subprocess.Popen(  # noqa: ASYNC220  (started once, then driven over a socket)
        [
            _chromium(),
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {allowed_host}",
            "about:blank",
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    found: list[str] = []
    ready = threading.Event()

    def drain() -> None:
        # Read all of stderr, so Chromium never blocks on a full pipe; note the DevTools URL.
        assert process.stderr is not None
        for line in process.stderr:
            if "DevTools listening on" in line and not found:
                found.append(line.split("DevTools listening on", 1)[1].strip())
                ready.set()
        ready.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        await asyncio.to_thread(ready.wait, TIMEOUT)
        assert found, "Chromium did not open its DevTools port"
        browser_url = found[0]
        async with websockets.connect(browser_url, max_size=None) as browser:
            await browser.send(
                json.dumps(
                    {"id": 1, "method": "Target.createTarget", "params": {"url": "about:blank"}}
                )
            )
            target = ""
            while not target:
                message = json.loads(await asyncio.wait_for(browser.recv(), TIMEOUT))
                if message.get("id") == 1:
                    target = message["result"]["targetId"]
            page_url = browser_url.split("/devtools/")[0] + f"/devtools/page/{target}"
            async with websockets.connect(page_url, max_size=None) as socket:
                page = Page(socket)
                await page.send("Network.enable")
                await page.send("Page.enable")
                yield page
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        reader.join(timeout=15)
        assert process.stderr is not None
        process.stderr.close()


EDITOR = "Array.from(document.querySelectorAll('{selector} .CodeMirror')).map(e => e.CodeMirror)"


async def test_graphiql_works_offline_and_a_query_with_a_token_returns_data(
    server: ServerProcess, workspace: Workspace, tmp_path: Path
) -> None:
    async with offline_chromium("127.0.0.1", tmp_path / "profile") as page:
        await page.send("Page.navigate", url=f"{server.base_url}/graphql")
        await page.until("!!document.querySelector('.graphiql-execute-button')", "GraphiQL")

        # It opens with the headers editor showing where the token goes.
        headers = await page.until(
            EDITOR.format(selector=".graphiql-editor-tool")
            + ".map(cm => cm.getValue()).find(v => v.includes('Authorization'))",
            "the example Authorization header",
        )
        assert json.loads(headers) == {"Authorization": "Bearer trcr_pat_…"}
        assert "Authorization" in await page.evaluate(
            EDITOR.format(selector=".graphiql-query-editor") + "[0].getValue()"
        )

        # A user pastes a token into the example header
        token_header = json.dumps({"Authorization": f"Bearer {workspace.token}"})
        await page.evaluate(
            EDITOR.format(selector=".graphiql-editor-tool")
            + f".find(cm => cm.getValue().includes('Authorization')).setValue({json.dumps(token_header)})"
        )
        # and runs the page's own example query.
        await page.evaluate("document.querySelector('.graphiql-execute-button').click()")
        result = await page.until(
            EDITOR.format(selector=".result-window")
            + "[0]?.getValue()?.includes('organization') && "
            + EDITOR.format(selector=".result-window")
            + "[0].getValue()",
            "the query's result",
        )

    whoami = json.loads(result)["data"]["whoami"]
    assert whoami["organization"] == {"name": "Acme"} and whoami["role"] == "OWNER"
    # Everything the page loaded came from the server (inline data: URLs aside).
    outside = [
        url for url in page.requests if not url.startswith((server.base_url, "data:", "about:"))
    ]
    assert outside == [], outside
    assert f"{server.base_url}/graphiql/graphiql.min.js" in page.requests
