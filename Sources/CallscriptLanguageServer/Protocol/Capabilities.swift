import CallscriptCompiler

/// What the server tells the editor it can do.
enum Capabilities {
    static var initializeResult: JSONValue {
        .object([
            "capabilities": .object([
                // 1 = the editor sends the full text on every change (scripts are small).
                "textDocumentSync": .object(["openClose": .bool(true), "change": .number(1), "save": .bool(true)]),
                "documentFormattingProvider": .bool(true),
                "documentSymbolProvider": .bool(true),
                "definitionProvider": .bool(true),
                "referencesProvider": .bool(true),
                "renameProvider": .object(["prepareProvider": .bool(true)]),
                "hoverProvider": .bool(true),
                "completionProvider": .object([
                    "triggerCharacters": .array([">", "{"].map(JSONValue.string))
                ]),
                "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
                "semanticTokensProvider": .object([
                    "legend": .object([
                        "tokenTypes": .array(SemanticTokens.tokenTypes.map(JSONValue.string)),
                        "tokenModifiers": .array([]),
                    ]),
                    "full": .bool(true),
                ]),
            ]),
            "serverInfo": .object(["name": .string("callscript"), "version": .string(Compiler.version)]),
        ])
    }
}
