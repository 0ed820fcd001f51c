import CallscriptDiagnostics

/// The one JSON writer and the one digest of a machine. Writes compact canonical JSON (sorted
/// keys, no white space, slashes not escaped, absent optionals omitted) directly into bytes:
/// byte for byte what Foundation's `JSONEncoder` writes with sorted keys, but an order of
/// magnitude faster (it dominated the compile time of large scripts). Tests compare the two on
/// every fixture. `pretty` indents the same bytes for files; reading is `MachineDecoding`.
///
/// Keys are written in sorted order by hand; when a model type gains a key, add it here in
/// its sorted place (the equality test fails until you do).
public enum CanonicalJSON {
    /// The compact canonical JSON of `machine`.
    public static func bytes(_ machine: Machine) -> [UInt8] {
        var w = Writer()
        w.machine(machine)
        return w.out
    }

    /// SHA-256 (hex) of the canonical JSON with `digest` emptied: the machine's digest.
    public static func digest(_ machine: Machine) -> String {
        var copy = machine
        copy.digest = ""
        return SHA256.hex(bytes(copy))
    }

    /// The machine with its digest filled in.
    public static func sealed(_ machine: Machine) -> Machine {
        var copy = machine
        copy.digest = digest(machine)
        return copy
    }

    private struct Writer {
        var out: [UInt8] = []
        private var needsComma: [Bool] = []

        init() { out.reserveCapacity(1 << 16) }

        mutating func raw(_ s: StaticString) {
            s.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        mutating func open() {
            out.append(UInt8(ascii: "{"))
            needsComma.append(false)
        }
        mutating func close() {
            out.append(UInt8(ascii: "}"))
            needsComma.removeLast()
        }

        mutating func key(_ k: StaticString) {
            if needsComma[needsComma.count - 1] { out.append(UInt8(ascii: ",")) }
            needsComma[needsComma.count - 1] = true
            out.append(UInt8(ascii: "\""))
            raw(k)
            raw("\":")
        }

        mutating func dynamicKey(_ k: String) {
            if needsComma[needsComma.count - 1] { out.append(UInt8(ascii: ",")) }
            needsComma[needsComma.count - 1] = true
            string(k)
            out.append(UInt8(ascii: ":"))
        }

        mutating func string(_ s: String) {
            out.append(UInt8(ascii: "\""))
            for byte in s.utf8 {
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0..<0x20:
                    raw("\\u00")
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        }

        mutating func int(_ n: Int) { out.append(contentsOf: String(n).utf8) }

        mutating func array<T>(_ items: [T], _ body: (inout Writer, T) -> Void) {
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                body(&self, item)
            }
            out.append(UInt8(ascii: "]"))
        }

        mutating func machine(_ m: Machine) {
            open()
            key("compiler")
            string(m.compiler)
            key("digest")
            string(m.digest)
            key("fields")
            array(m.fields) { $0.field($1) }
            key("format")
            string(m.format)
            key("formatVersion")
            int(m.formatVersion)
            key("handlers")
            array(m.handlers) { $0.handler($1) }
            key("script")
            script(m.script)
            key("sources")
            array(m.sources) { w, s in
                w.open()
                w.key("path")
                w.string(s.path)
                w.key("sha256")
                w.string(s.sha256)
                w.close()
            }
            key("start")
            string(m.start)
            key("states")
            array(m.states) { $0.state($1) }
            if let translations = m.translations {
                key("translations")
                array(translations) { $0.translation($1) }
            }
            close()
        }

        mutating func translation(_ t: Translation) {
            open()
            key("file")
            string(t.file)
            key("language")
            string(t.language)
            key("lines")
            open()
            for id in t.lines.keys.sorted() {
                dynamicKey(id)
                string(t.lines[id] ?? "")
            }
            close()
            close()
        }

        mutating func script(_ s: ScriptInfo) {
            open()
            key("audience")
            open()
            key("kind")
            string(s.audience.kind.rawValue)
            if let months = s.audience.months {
                key("months")
                int(months)
            }
            close()
            key("callerID")
            string(s.callerID)
            key("company")
            string(s.company)
            if let language = s.language {
                key("language")
                string(language)
            }
            key("locations")
            open()
            for k in s.locations.keys.sorted() {
                dynamicKey(k)
                if let r = s.locations[k] { range(r) }
            }
            close()
            key("name")
            string(s.name)
            key("policy")
            string(s.policy)
            if let principal = s.principal {
                key("principal")
                string(principal)
            }
            if s.recording == true {
                key("recording")
                out.append(contentsOf: "true".utf8)
            }
            key("sector")
            string(s.sector)
            if let version = s.version {
                key("version")
                int(version)
            }
            close()
        }

        mutating func field(_ f: Field) {
            open()
            key("name")
            string(f.name)
            key("origin")
            string(f.origin.rawValue)
            if let purpose = f.purpose {
                key("purpose")
                string(purpose)
            }
            key("type")
            open()
            if let choices = f.type.choices {
                key("choices")
                array(choices) { $0.string($1) }
            }
            key("kind")
            string(f.type.kind.rawValue)
            close()
            close()
        }

        mutating func handler(_ h: Handler) {
            open()
            key("entry")
            string(h.entry)
            key("event")
            string(h.event)
            key("source")
            range(h.source)
            close()
        }

        mutating func range(_ r: SourceRange) {
            open()
            key("end")
            location(r.end)
            key("file")
            string(r.file)
            key("start")
            location(r.start)
            close()
        }

        mutating func location(_ l: SourceLocation) {
            open()
            key("column")
            int(l.column)
            key("line")
            int(l.line)
            key("offset")
            int(l.offset)
            close()
        }

        mutating func state(_ s: State) {
            open()
            if let field = s.field {
                key("field")
                string(field)
            }
            key("id")
            string(s.id)
            if let purpose = s.purpose {
                key("purpose")
                string(purpose)
            }
            key("role")
            string(s.role.rawValue)
            key("source")
            range(s.source)
            key("step")
            string(s.step)
            if let text = s.text {
                key("text")
                string(text)
            }
            if let topic = s.topic {
                key("topic")
                string(topic)
            }
            key("transitions")
            // By index: reading `transitions` would make an array for every one-`next` state.
            out.append(UInt8(ascii: "["))
            for t in 0..<s.transitionCount {
                if t > 0 { out.append(UInt8(ascii: ",")) }
                transition(s.transition(at: t))
            }
            out.append(UInt8(ascii: "]"))
            close()
        }

        mutating func transition(_ t: Transition) {
            open()
            if let cls = t.answerClass {
                key("answerClass")
                string(cls.rawValue)
            }
            if let condition = t.condition {
                key("condition")
                self.condition(condition)
            }
            key("kind")
            string(t.kind.rawValue)
            if let label = t.label {
                key("label")
                string(label)
            }
            key("target")
            string(t.target)
            close()
        }

        /// Recursive over the condition, whose depth the compiler bounds.
        mutating func condition(_ c: Condition) {
            open()
            switch c {
            case .compare(let field, let op, let value):
                key("field")
                string(field)
                key("op")
                string(op.rawValue)
                key("value")
                open()
                key("type")
                string(value.type.rawValue)
                key("value")
                string(value.value)
                close()
            case .isSet(let field):
                key("field")
                string(field)
                key("op")
                raw("\"is-set\"")
            case .and(let l, let r), .or(let l, let r):
                key("left")
                condition(l)
                key("op")
                if case .and = c { raw("\"and\"") } else { raw("\"or\"") }
                key("right")
                condition(r)
            case .not(let inner):
                key("op")
                raw("\"not\"")
                key("operand")
                condition(inner)
            }
            close()
        }
    }
}
