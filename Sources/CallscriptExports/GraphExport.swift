import CallscriptMachine

/// The machine graph as the plain text the C reference checker reads (`Benchmarks/reference/`):
/// what NL-IDENTIFY-FIRST, NL-CONVENIENT and NL-OPTOUT-AT-END need, and nothing else.
///
/// ```
/// callscript-graph 1 states N edges E handlers H start S
/// ROLE                (N lines: each state's role as in the machine JSON, in state order)
/// FROM TO             (E lines: the graph's edges in edge order, so grouped by FROM)
/// EVENT ENTRY         (H lines: handlers whose entry exists, in declaration order)
/// ```
///
/// States and edges are numbered as in `MachineGraph`, so a finding of the reference names the
/// same state as the verifier's counterexample. `S` is -1 when `start` does not exist.
public enum GraphExport {
    /// The text of `graph` in the format above, as UTF-8 bytes (a 100,000-step machine gives a
    /// few megabytes; bytes avoid building one large `String`).
    public static func bytes(_ graph: MachineGraph) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(graph.stateCount * 12 + graph.edgeTarget.count * 14 + 64)
        func append(_ text: String) { out.append(contentsOf: text.utf8) }
        func append(_ number: Int) {
            if number < 0 {
                out.append(UInt8(ascii: "-"))
                append(-number)
                return
            }
            var digits: [UInt8] = []
            var rest = number
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            out.append(contentsOf: digits.reversed())
        }
        let names = Role.allCases.map { Array($0.rawValue.utf8) }
        let code = Dictionary(uniqueKeysWithValues: Role.allCases.enumerated().map { ($1, $0) })
        append("callscript-graph 1 states ")
        append(graph.stateCount)
        append(" edges ")
        append(graph.edgeTarget.count)
        append(" handlers ")
        append(graph.handlers.count)
        append(" start ")
        append(graph.index.startIndex ?? -1)
        append("\n")
        for role in graph.roles {
            out.append(contentsOf: names[code[role] ?? 0])
            out.append(UInt8(ascii: "\n"))
        }
        for e in graph.edgeTarget.indices {
            append(graph.edgeSource[e])
            out.append(UInt8(ascii: " "))
            append(graph.edgeTarget[e])
            out.append(UInt8(ascii: "\n"))
        }
        for handler in graph.handlers {
            // Event names are identifiers (`complaint`); the reader takes one word.
            append(handler.event)
            out.append(UInt8(ascii: " "))
            append(handler.entry)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }
}
