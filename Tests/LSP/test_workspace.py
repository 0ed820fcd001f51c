"""Right across files: shared files, diagnostics in the file they are in, definition,
references and rename through `use`, and URIs echoed as the editor sent them."""

import shutil

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import CLOSING, WINBACK, diagnostics_for, open_document, position_of

# The shared closing without its opt-out notice: every call that ends there breaks NL-OPTOUT-AT-END.
BROKEN_CLOSING = "\n".join(line for line in CLOSING.read_text().split("\n") if not line.strip().startswith("optout "))


def codes(items):
    return sorted(d.code for d in items)


async def test_a_finding_in_the_shared_file_is_published_to_it_and_to_the_script(client: LanguageClient):
    winback = open_document(client, WINBACK)
    closing = open_document(client, CLOSING, BROKEN_CLOSING)
    shared = await diagnostics_for(client, closing, lambda items: "NL-OPTOUT-AT-END" in codes(items))
    finding = next(d for d in shared if d.code == "NL-OPTOUT-AT-END")
    # At the `end` of step afscheid, in the shared file.
    end_line = BROKEN_CLOSING.split("\n").index("  end")
    assert finding.range.start.line == end_line
    # The breaking conversation's steps, in both files.
    related_uris = {r.location.uri for r in finding.related_information}
    assert related_uris == {winback, closing}
    assert finding.code_description.href.endswith("Docs/compliance.md#nl-optout-at-end")

    main = await diagnostics_for(client, winback, lambda items: "NL-OPTOUT-AT-END" in codes(items))
    copy = next(d for d in main if d.code == "NL-OPTOUT-AT-END")
    use_line = WINBACK.read_text().split("\n").index(next(l for l in WINBACK.read_text().split("\n") if l.startswith("use ")))
    assert copy.range.start.line == use_line
    assert "gedeeld/afsluiting.call" in copy.message
    assert copy.related_information[0].location.uri == closing
    assert copy.related_information[0].location.range.start.line == end_line
    assert {r.location.uri for r in copy.related_information} == {winback, closing}

    # Putting the notice back clears both files, without saving.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=closing, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=CLOSING.read_text())],
        )
    )
    await diagnostics_for(client, winback, lambda items: len(items) == 0)
    await diagnostics_for(client, closing, lambda items: len(items) == 0)


async def test_a_shared_file_opened_alone_is_checked_through_the_script_that_uses_it(client: LanguageClient):
    closing = open_document(client, CLOSING, BROKEN_CLOSING)
    shared = await diagnostics_for(client, closing, lambda items: len(items) > 0)
    assert codes(shared) == ["NL-OPTOUT-AT-END"]
    # winback.call is not open, but the server found it in the workspace and publishes there too.
    main = await diagnostics_for(client, WINBACK.as_uri(), lambda items: len(items) > 0)
    assert "NL-OPTOUT-AT-END" in codes(main)


async def test_the_shared_file_as_saved_has_no_false_errors(client: LanguageClient):
    closing = open_document(client, CLOSING)
    items = await diagnostics_for(client, closing)
    # Never compiled as a main script: no "missing script header" (CS0120) or "missing start" (CS0148).
    assert list(items) == []


async def test_definition_of_a_step_in_a_used_file(client: LanguageClient):
    text = WINBACK.read_text()
    winback = open_document(client, WINBACK)
    await diagnostics_for(client, winback)
    result = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=winback),
            position=position_of(text, "-> afscheid", offset=4),
        )
    )
    location = result[0] if isinstance(result, list) else result
    assert location.uri == CLOSING.as_uri()
    assert location.range.start == position_of(CLOSING.read_text(), "step afscheid", offset=5)


async def test_references_of_a_step_and_a_field(client: LanguageClient):
    text = WINBACK.read_text()
    winback = open_document(client, WINBACK)
    await diagnostics_for(client, winback)
    steps = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=winback),
            position=position_of(text, "-> afscheid", offset=4),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert sum(1 for l in steps if l.uri == winback) == text.count("afscheid") - text.count("# stap afscheid")
    assert sum(1 for l in steps if l.uri == CLOSING.as_uri()) == 1
    fields = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=winback),
            position=position_of(text, "{emailadres}", offset=3),
            context=types.ReferenceContext(include_declaration=False),
        )
    )
    # `capture emailadres "..."` and `{emailadres}`; the declaration is left out.
    assert len(fields) == 2


async def test_rename_afscheid_across_both_files(client: LanguageClient):
    text = WINBACK.read_text()
    closing = open_document(client, CLOSING)
    winback = open_document(client, WINBACK)
    await diagnostics_for(client, winback)
    edit = await client.text_document_rename_async(
        types.RenameParams(
            text_document=types.TextDocumentIdentifier(uri=closing),
            position=position_of(CLOSING.read_text(), "step afscheid", offset=6),
            new_name="tot_ziens",
        )
    )
    # Every campaign that uses the shared closing is renamed with it (the expats campaign too).
    assert {winback, closing} <= set(edit.changes)
    assert all(uri in (winback, closing) or uri.endswith(".call") for uri in edit.changes)
    assert len(edit.changes[closing]) == 1
    assert len(edit.changes[winback]) == text.count("-> afscheid")
    renamed = apply(text, edit.changes[winback])
    assert "afscheid" not in renamed.replace("# stap afscheid", "")
    assert renamed.count("-> tot_ziens") == text.count("-> afscheid")


@pytest.mark.parametrize(
    "needle,name,reason",
    [
        ("-> afscheid", "aanbod", "a step with that name already exists"),
        ("-> afscheid", "9x", "a name is letters"),
        ("-> afscheid", "step", "'step' is a keyword"),
        ("-> afscheid", "tot ziens", "a name is letters"),
        ("{emailadres}", "voornaam", "a field with that name already exists"),
        ("{emailadres}", "caller_id", "built-in placeholder"),
    ],
)
async def test_rename_refuses_a_taken_or_invalid_name(client: LanguageClient, needle, name, reason):
    text = WINBACK.read_text()
    winback = open_document(client, WINBACK)
    await diagnostics_for(client, winback)
    with pytest.raises(Exception, match=reason):
        await client.text_document_rename_async(
            types.RenameParams(
                text_document=types.TextDocumentIdentifier(uri=winback),
                position=position_of(text, needle, offset=4),
                new_name=name,
            )
        )


async def test_rename_a_field_everywhere_it_is_written(client: LanguageClient):
    text = WINBACK.read_text()
    winback = open_document(client, WINBACK)
    await diagnostics_for(client, winback)
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(
            text_document=types.TextDocumentIdentifier(uri=winback), position=position_of(text, "{voornaam}", offset=3)
        )
    )
    assert prepared.start == position_of(text, "{voornaam}", offset=1)
    edit = await client.text_document_rename_async(
        types.RenameParams(
            text_document=types.TextDocumentIdentifier(uri=winback),
            position=position_of(text, "if interesse == laag", offset=4),
            new_name="belangstelling",
        )
    )
    renamed = apply(text, edit.changes[winback])
    # Declaration, capture statement, conditions: every `interesse` as a name, none in the texts.
    assert "interesse " not in renamed.replace("interesse_peilen", "")
    assert "capture belangstelling: choice(laag, gemiddeld, hoog)" in renamed
    assert "capture belangstelling \"Wat vindt u" in renamed
    assert renamed.count("if belangstelling ==") == 2


async def test_definition_of_a_use_path_opens_the_file(client: LanguageClient):
    text = WINBACK.read_text()
    winback = open_document(client, WINBACK)
    await diagnostics_for(client, winback)
    result = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=winback), position=position_of(text, "afsluiting.call\"")
        )
    )
    location = result[0] if isinstance(result, list) else result
    assert location.uri == CLOSING.as_uri()


async def test_a_change_on_disk_is_checked_again(client: LanguageClient, tmp_path):
    (tmp_path / "gedeeld").mkdir()
    main = tmp_path / "campagne.call"
    shared = tmp_path / "gedeeld" / "afsluiting.call"
    main.write_text(WINBACK.read_text().replace("../gedeeld/", "gedeeld/"))
    shared.write_text(CLOSING.read_text())
    uri = open_document(client, main)
    assert list(await diagnostics_for(client, uri)) == []
    shared.write_text(BROKEN_CLOSING)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=shared.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    items = await diagnostics_for(client, uri, lambda items: len(items) > 0)
    assert "NL-OPTOUT-AT-END" in codes(items)


async def test_uris_are_echoed_exactly(client: LanguageClient, tmp_path):
    folder = tmp_path / "winback (kopie)"
    (folder / "gedeeld").mkdir(parents=True)
    shutil.copy(WINBACK, folder / "winback.call")
    shutil.copy(CLOSING, folder / "gedeeld" / "afsluiting.call")
    uri = (folder / "winback.call").as_uri()
    assert "%28" in uri
    open_document(client, folder / "winback.call", WINBACK.read_text().replace("-> aanbod\n", "-> aanbot\n"))
    items = await diagnostics_for(client, uri, lambda items: len(items) > 0)
    assert "CS0140" in codes(items)


def apply(text: str, edits) -> str:
    """Applies LSP text edits (single-line ranges) to a text."""
    lines = text.split("\n")
    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        line = lines[e.range.start.line]
        lines[e.range.start.line] = line[: e.range.start.character] + e.new_text + line[e.range.end.character :]
    return "\n".join(lines)


async def test_a_shared_file_no_script_uses_gets_only_its_syntax_checked(client: LanguageClient, tmp_path):
    shared = tmp_path / "gedeeld" / "los.call"
    shared.parent.mkdir()
    text = 'step los {\n  say "niet af\n  -> nergens\n}\n'
    shared.write_text(text)
    uri = open_document(client, shared)
    items = await diagnostics_for(client, uri, lambda items: len(items) > 0)
    found = codes(items)
    # The unclosed text is reported; the unknown step and the missing header and start are not,
    # because no script says what the file may use.
    assert found and all(code < "CS0100" for code in found), found
