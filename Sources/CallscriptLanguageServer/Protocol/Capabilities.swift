/// What the server tells the editor it can do.
enum Capabilities {
    static let initializeResult: JSONValue = .object([
        "capabilities": .object([
            // 1 = the editor sends the full text on every change (scripts are small).
            "textDocumentSync": .object(["openClose": .bool(true), "change": .number(1), "save": .bool(true)]),
            "documentFormattingProvider": .bool(true),
            "documentSymbolProvider": .bool(true),
            "definitionProvider": .bool(true),
        ]),
        "serverInfo": .object(["name": .string("callscript")]),
    ])
}
