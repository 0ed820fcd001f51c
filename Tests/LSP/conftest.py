"""Shared set-up for the language server tests: where the server and the examples are.

The Swift test `LanguageServerClientTests` runs these with `python3 -m pytest Tests/LSP`
and passes the built binary in CALLSCRIPT. The example files are named here only, so a
moved example is a one-line change.
"""

import asyncio
import os
import pathlib

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "Examples"
# The campaign that uses a shared file, and the shared file.
WINBACK = EXAMPLES / "energie-optin" / "winback.call"
# The shared closing lives in a `gedeeld/` folder beside the campaign or, with a project root
# (Examples/callscript.json), in Examples/gedeeld; found wherever it is.
CLOSING = sorted(EXAMPLES.glob("**/gedeeld/afsluiting.call"))[0]
NONCOMPLIANT = EXAMPLES / "noncompliant"

SERVER = os.environ.get("CALLSCRIPT", str(ROOT / ".build" / "debug" / "callscript"))
# The examples are checked as of a fixed day, so dated rules give the same answer every day.
COMMAND = [SERVER, "lsp", "--on", "2026-11-30"]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=COMMAND))
async def client(lsp_client: LanguageClient):
    """A VS Code-like client with the examples folder as its workspace."""
    params = types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=EXAMPLES.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=EXAMPLES.as_uri(), name="Examples")],
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, path: pathlib.Path, text: str | None = None, uri: str | None = None) -> str:
    """Opens a file (with unsaved text when given) and returns its URI."""
    uri = uri or path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="callscript", version=1, text=path.read_text() if text is None else text
            )
        )
    )
    return uri


async def diagnostics_for(client: LanguageClient, uri: str, want=lambda items: True, tries: int = 20):
    """Waits until the server has published diagnostics for `uri` that satisfy `want`."""
    for _ in range(tries):
        items = client.diagnostics.get(uri)
        if items is not None and want(items):
            return items
        # 60 s, not 20: alone these tests take 5 s, but beside the whole suite on two cores one
        # publication once took longer than 20 s to come.
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 60)
    raise AssertionError(f"no matching diagnostics for {uri}: {client.diagnostics.get(uri)}")


def position_of(text: str, needle: str, occurrence: int = 0, offset: int = 0) -> types.Position:
    """The LSP position of the n-th `needle` in `text` (plus `offset` characters)."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    index += offset
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return types.Position(line=line, character=len(text[index - column : index].encode("utf-16-le")) // 2)
