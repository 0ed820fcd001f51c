import CallscriptDiagnostics

/// Reads each model type from machine JSON that `JSONSyntax` accepted: one function per type,
/// its keys listed in declaration order (the order Foundation's synthesised `Decodable` reads
/// them, and so the order in which problems are reported). The model's `Codable` conformance
/// describes the same shape; `CanonicalJSON` is the one writer.
///
/// To add a property: add its key to the type's `JSONKeys` at its declaration position, read it
/// in the `switch` (`case n: x = try c.string()`), and pass it on with `o.need(x, n)` or
/// `o.optional(x, n)`. Absent optionals and `null` read as nil, as with `decodeIfPresent`.
enum MachineReader {
    static let machineKeys = JSONKeys([
        "format", "formatVersion", "compiler", "script", "fields", "start", "handlers", "states", "sources",
        "translations", "digest",
    ])

    /// The machine's members, with its format and version read leniently (a wrong type reads
    /// as absent) so the caller can refuse a file from another tool or version before any
    /// other problem is reported, as the envelope of the Foundation decoder did.
    static func machine(_ c: inout JSONCursor) throws(JSONReadError) -> (
        format: String?, version: Int?, machine: Result<Machine, JSONReadError>, digestOffset: Int?
    ) {
        var digestOffset: Int?
        var format: String?
        var version: Int?
        var compiler: String?
        var script: ScriptInfo?
        var fields: [Field]?
        var start: String?
        var handlers: [Handler]?
        var states: [State]?
        var sources: [SourceDigest]?
        var translations: [Translation]?
        var digest: String?
        let o = try c.object(machineKeys) { c, k throws(JSONReadError) in
            switch k {
            case 0: format = c.attempt { c throws(JSONReadError) in try c.string() }
            case 1: version = c.attempt { c throws(JSONReadError) in try c.int() }
            case 2: compiler = try c.string()
            case 3: script = try scriptInfo(&c)
            case 4: fields = try c.array(field)
            case 5: start = try c.string()
            case 6: handlers = try c.array(handler)
            case 7: states = try c.array(state)
            case 8: sources = try c.array(sourceDigest)
            case 9: translations = try c.nullable { c throws(JSONReadError) in try c.array(translation) }
            default:
                digestOffset = c.peekOffset()
                digest = try c.string()
            }
        }
        let machine = Result { () throws(JSONReadError) -> Machine in
            let format = try o.need(format, 0)
            let version = try o.need(version, 1)
            var m = Machine(
                compiler: try o.need(compiler, 2), script: try o.need(script, 3), fields: try o.need(fields, 4),
                start: try o.need(start, 5), handlers: try o.need(handlers, 6), states: try o.need(states, 7),
                sources: try o.need(sources, 8))
            m.translations = try o.optional(translations, 9)
            m.digest = try o.need(digest, 10)
            (m.format, m.formatVersion) = (format, version)
            return m
        }
        return (format, version, machine, digestOffset)
    }

    static let scriptKeys = JSONKeys([
        "name", "company", "principal", "callerID", "policy", "sector", "audience", "language", "version", "locations",
        "recording",
    ])

    static func scriptInfo(_ c: inout JSONCursor) throws(JSONReadError) -> ScriptInfo {
        var s: [String?] = Array(repeating: nil, count: 8)
        var audience: Audience?
        var version: Int?
        var locations: [String: SourceRange]?
        var recording: Bool?
        let o = try c.object(scriptKeys) { c, k throws(JSONReadError) in
            switch k {
            case 2, 7: s[k] = try c.nullable { c throws(JSONReadError) in try c.string() }
            case 6: audience = try audienceValue(&c)
            case 8: version = try c.nullable { c throws(JSONReadError) in try c.int() }
            case 9: locations = try rangesByKey(&c)
            case 10: recording = try c.nullable { c throws(JSONReadError) in try c.bool() }
            default: s[k] = try c.string()
            }
        }
        return ScriptInfo(
            name: try o.need(s[0], 0), company: try o.need(s[1], 1), principal: try o.optional(s[2], 2),
            callerID: try o.need(s[3], 3), policy: try o.need(s[4], 4), sector: try o.need(s[5], 5),
            audience: try o.need(audience, 6), language: try o.optional(s[7], 7), version: try o.optional(version, 8),
            recording: try o.optional(recording, 10), locations: try o.need(locations, 9))
    }

    static let audienceKeys = JSONKeys(["kind", "months"])

    static func audienceValue(_ c: inout JSONCursor) throws(JSONReadError) -> Audience {
        var kind: Audience.Kind?
        var months: Int?
        let o = try c.object(audienceKeys) { c, k throws(JSONReadError) in
            if k == 0 {
                kind = try c.enumeration(Audience.Kind.self)
            } else {
                months = try c.nullable { c throws(JSONReadError) in try c.int() }
            }
        }
        return Audience(kind: try o.need(kind, 0), months: try o.optional(months, 1))
    }

    /// `locations`: any keys, each a source range; the first of repeated keys counts.
    static func rangesByKey(_ c: inout JSONCursor) throws(JSONReadError) -> [String: SourceRange] {
        var out: [String: SourceRange] = [:]
        var problem: JSONReadError?
        _ = try c.members { c, raw, valueStart in
            guard problem == nil else { return }
            let key = String(decoding: raw, as: UTF8.self)
            guard out[key] == nil else { return }
            do throws(JSONReadError) { out[key] = try range(&c) } catch {
                var e = error
                e.path.insert(.key(key), at: 0)
                problem = e
                c.i = valueStart
            }
        }
        if let problem { throw problem }
        return out
    }

    static let fieldKeys = JSONKeys(["name", "origin", "type", "purpose"])
    static let fieldTypeKeys = JSONKeys(["kind", "choices"])

    static func field(_ c: inout JSONCursor) throws(JSONReadError) -> Field {
        var name: String?
        var origin: Field.Origin?
        var type: FieldType?
        var purpose: String?
        let o = try c.object(fieldKeys) { c, k throws(JSONReadError) in
            switch k {
            case 0: name = try c.string()
            case 1: origin = try c.enumeration(Field.Origin.self)
            case 3: purpose = try c.nullable { c throws(JSONReadError) in try c.string() }
            default:
                var kind: FieldType.Kind?
                var choices: [String]?
                let t = try c.object(fieldTypeKeys) { c, k throws(JSONReadError) in
                    if k == 0 {
                        kind = try c.enumeration(FieldType.Kind.self)
                    } else {
                        choices = try c.nullable { c throws(JSONReadError) in
                            try c.array { c throws(JSONReadError) in try c.string() }
                        }
                    }
                }
                type = FieldType(try t.need(kind, 0), choices: try t.optional(choices, 1))
            }
        }
        return Field(
            name: try o.need(name, 0), origin: try o.need(origin, 1), type: try o.need(type, 2),
            purpose: try o.optional(purpose, 3))
    }

    static let translationKeys = JSONKeys(["language", "file", "lines"])

    static func translation(_ c: inout JSONCursor) throws(JSONReadError) -> Translation {
        var language: String?
        var file: String?
        var lines: [String: String]?
        let o = try c.object(translationKeys) { c, k throws(JSONReadError) in
            switch k {
            case 0: language = try c.string()
            case 1: file = try c.string()
            default: lines = try textsByKey(&c)
            }
        }
        return Translation(language: try o.need(language, 0), file: try o.need(file, 1), lines: try o.need(lines, 2))
    }

    /// `lines`: any keys, each a text; the first of repeated keys counts.
    static func textsByKey(_ c: inout JSONCursor) throws(JSONReadError) -> [String: String] {
        var out: [String: String] = [:]
        var problem: JSONReadError?
        _ = try c.members { c, raw, valueStart in
            guard problem == nil else { return }
            let key = String(decoding: raw, as: UTF8.self)
            guard out[key] == nil else { return }
            do throws(JSONReadError) { out[key] = try c.string() } catch {
                var e = error
                e.path.insert(.key(key), at: 0)
                problem = e
                c.i = valueStart
            }
        }
        if let problem { throw problem }
        return out
    }

    static let handlerKeys = JSONKeys(["event", "entry", "source"])

    static func handler(_ c: inout JSONCursor) throws(JSONReadError) -> Handler {
        var event: String?
        var entry: String?
        var source: SourceRange?
        let o = try c.object(handlerKeys) { c, k throws(JSONReadError) in
            switch k {
            case 0: event = try c.string()
            case 1: entry = try c.string()
            default: source = try range(&c)
            }
        }
        return Handler(event: try o.need(event, 0), entry: try o.need(entry, 1), source: try o.need(source, 2))
    }

    static let digestKeys = JSONKeys(["path", "sha256"])

    static func sourceDigest(_ c: inout JSONCursor) throws(JSONReadError) -> SourceDigest {
        var path: String?
        var sha: String?
        let o = try c.object(digestKeys) { c, k throws(JSONReadError) in
            if k == 0 { path = try c.string() } else { sha = try c.string() }
        }
        return SourceDigest(path: try o.need(path, 0), sha256: try o.need(sha, 1))
    }

    static let rangeKeys = JSONKeys(["file", "start", "end"])
    static let locationKeys = JSONKeys(["offset", "line", "column"])

    static func range(_ c: inout JSONCursor) throws(JSONReadError) -> SourceRange {
        let begin = c.i
        if let range = canonicalRange(&c) { return range }
        c.i = begin
        var file: String?
        var start: SourceLocation?
        var end: SourceLocation?
        let o = try c.object(rangeKeys) { c, k throws(JSONReadError) in
            switch k {
            case 0: file = try c.string()
            case 1: start = try location(&c)
            default: end = try location(&c)
            }
        }
        return SourceRange(file: try o.need(file, 0), start: try o.need(start, 1), end: try o.need(end, 2))
    }

    static func location(_ c: inout JSONCursor) throws(JSONReadError) -> SourceLocation {
        var n: (Int?, Int?, Int?)
        let o = try c.object(locationKeys) { c, k throws(JSONReadError) in
            switch k {
            case 0: n.0 = try c.int()
            case 1: n.1 = try c.int()
            default: n.2 = try c.int()
            }
        }
        return SourceLocation(offset: try o.need(n.0, 0), line: try o.need(n.1, 1), column: try o.need(n.2, 2))
    }
}
