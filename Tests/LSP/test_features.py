"""Hover, completion, code actions, diagnostics' links and tags, semantic tokens."""

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import NONCOMPLIANT, WINBACK, diagnostics_for, open_document, position_of


async def hover(client, uri, text, needle, offset=0, occurrence=0):
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(text, needle, occurrence=occurrence, offset=offset),
        )
    )
    assert result is not None, f"no hover at {needle!r}"
    return result.contents.value


async def complete(client, uri, text, needle, offset=None):
    """Completion labels with the cursor after `needle` (or `offset` characters into it)."""
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(text, needle, offset=len(needle) if offset is None else offset),
        )
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    return {i.label for i in items}


async def test_hover_on_steps_fields_and_placeholders(client: LanguageClient):
    text = WINBACK.read_text()
    uri = open_document(client, WINBACK)
    await diagnostics_for(client, uri)
    step = await hover(client, uri, text, "-> afscheid", offset=5)
    assert "**step afscheid**" in step and "afsluiting.call" in step
    assert '- ask optout: "Mogen wij u in de toekomst nog bellen?"' in step
    assert '- no "Nee, liever niet" -> `niet_meer_bellen`' in step
    assert "`opening`" in step and "`on complaint`" in step
    field = await hover(client, uri, text, "contact voornaam", offset=9)
    assert "**contact voornaam**: `text`" in field and "contact record" in field
    placeholder = await hover(client, uri, text, "{emailadres}", offset=2)
    assert "capture emailadres" in placeholder and "`aanbod_per_mail`" in placeholder
    choice = await hover(client, uri, text, "capture interesse:", offset=9)
    assert "choice(laag, gemiddeld, hoog)" in choice and "`interesse_peilen`" in choice
    builtin = await hover(client, uri, text, "{company}", offset=2)
    assert "built-in placeholder" in builtin and "Belcentrum Randstad B.V." in builtin


async def test_hover_on_a_finding_explains_the_rule(client: LanguageClient):
    path = NONCOMPLIANT / "NL-OPTOUT-AT-END.call"
    text = path.read_text()
    uri = open_document(client, path)
    items = await diagnostics_for(client, uri, lambda items: len(items) > 0)
    finding = next(d for d in items if d.code == "NL-OPTOUT-AT-END")
    result = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=finding.range.start)
    )
    assert "NL-OPTOUT-AT-END" in result.contents.value and "Requires:" in result.contents.value
    # A rule ID written in a comment is explained too.
    comment = await hover(client, uri, text, "#~ ERROR NL-OPTOUT-AT-END", offset=14)
    assert "NL-OPTOUT-AT-END: " in comment and "What the checker proves:" in comment


async def test_completion(client: LanguageClient):
    text = WINBACK.read_text()
    uri = open_document(client, WINBACK)
    await diagnostics_for(client, uri)
    # Step names after `->`, including the one from the shared file.
    steps = await complete(client, uri, text, "-> aanbod_zonnepanelen", offset=3)
    assert {"afscheid", "aanbod", "welkomstbonus"} <= steps and "voornaam" not in steps
    # After `start`.
    assert "opening" in await complete(client, uri, text, "start opening", offset=6)
    # Fields and built-in placeholders inside `{`.
    inside = await complete(client, uri, text, "Goedemiddag {voornaam}", offset=13)
    assert {"voornaam", "emailadres", "agent", "company", "caller_id"} <= inside and "afscheid" not in inside
    # Keywords valid in a step body, at the start of a line.
    body = await complete(client, uri, text, "  pitch \"Voor oud-klanten", offset=2)
    assert {"say", "pitch", "optout", "ask", "end"} <= body and "contact" not in body
    # Answer classes inside an `ask convenient` block.
    answers = await complete(client, uri, text, "    later \"Nu niet", offset=4)
    assert answers == {"yes", "no", "later"}
    # Choice values after `==`.
    values = await complete(client, uri, text, "if interesse == laag", offset=16)
    assert values == {"laag", "gemiddeld", "hoog"}
    # Events after `on`.
    events = await complete(client, uri, text, "on objection", offset=3)
    assert {"objection", "voicemail", "complaint", "minor"} <= events
    # Top-level declarations.
    top = await complete(client, uri, text, "contact voornaam", offset=0)
    assert {"step", "contact", "capture", "use", "on"} <= top and "say" not in top


async def test_code_actions(client: LanguageClient):
    text = WINBACK.read_text().replace('"Ja, stuur maar"   -> aanbod_per_mail', '"Ja, stuur maar"   -> aanbod_per_mal').replace(
        "-> welkomstbonus", "-> bonus_nieuw"
    )
    uri = open_document(client, WINBACK, text)
    items = await diagnostics_for(client, uri, lambda items: len(items) >= 2)
    titles = {}
    for d in items:
        actions = await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=d.range,
                context=types.CodeActionContext(diagnostics=[d]),
            )
        )
        for a in actions:
            titles[a.title] = a
    # The compiler's fix-it (did you mean) as a quick fix, and "create step" for the unknown step.
    fix = titles["replace 'aanbod_per_mal' with 'aanbod_per_mail'"]
    assert fix.kind == types.CodeActionKind.QuickFix
    assert fix.edit.changes[uri][0].new_text == "aanbod_per_mail"
    create = titles["create step bonus_nieuw"]
    assert "step bonus_nieuw {" in create.edit.changes[uri][0].new_text

    path = NONCOMPLIANT / "NL-OPTOUT-AT-END.call"
    optout_uri = open_document(client, path)
    findings = await diagnostics_for(client, optout_uri, lambda items: len(items) > 0)
    finding = next(d for d in findings if d.code == "NL-OPTOUT-AT-END")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=optout_uri),
            range=finding.range,
            context=types.CodeActionContext(diagnostics=[finding]),
        )
    )
    add = next(a for a in actions if a.title == "add the opt-out notice here")
    edit = add.edit.changes[optout_uri][0]
    assert edit.new_text.lstrip().startswith('optout "') and edit.range.start.line == finding.range.start.line


async def test_diagnostics_link_to_the_docs_and_tag_unreachable_steps(client: LanguageClient):
    text = WINBACK.read_text() + '\nstep vergeten {\n  say "Deze stap wordt nooit bereikt."\n  -> afscheid\n}\n'
    uri = open_document(client, WINBACK, text.replace("-> welkomstbonus", "-> welkomstbnus"))
    items = await diagnostics_for(client, uri, lambda items: any(d.code == "CS0201" for d in items))
    unreachable = [d for d in items if d.code == "CS0201"]
    assert all(types.DiagnosticTag.Unnecessary in (d.tags or []) for d in unreachable)
    assert any(d.range.start.line == text.split("\n").index("step vergeten {") for d in unreachable)
    unknown = next(d for d in items if d.code == "CS0140")
    assert unknown.code_description.href.endswith("Docs/diagnostics.md#cs0140")
    assert not unknown.tags


async def test_semantic_tokens(client: LanguageClient):
    text = WINBACK.read_text()
    uri = open_document(client, WINBACK)
    await diagnostics_for(client, uri)
    tokens = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    data = list(tokens.data)
    assert len(data) % 5 == 0 and len(data) > 100
    # Absolute (line, character) -> token type index.
    types_at, line, character = {}, 0, 0
    for k in range(0, len(data), 5):
        line += data[k]
        character = data[k + 1] if data[k] else character + data[k + 1]
        types_at[(line, character)] = data[k + 3]
    legend = ["keyword", "string", "number", "comment", "operator", "function", "variable", "event"]
    def at(needle, offset=0):
        p = position_of(text, needle, offset=offset)
        return legend[types_at[(p.line, p.character)]]
    assert at("# Winback") == "comment"
    assert at("step opening") == "keyword" and at("step opening", 5) == "function"
    assert at("on objection", 3) == "keyword"  # `objection` is a keyword of `record objection` too
    assert at("\"Ja, dat komt uit\"") == "string"
    assert at("jaarverbruik_kwh >= 2500", 20) == "number"
    # A placeholder inside a string, and the text after it.
    assert at("{voornaam}, u spreekt") == "variable" and at(", u spreekt met {agent}") == "string"
