import CallscriptDiagnostics
import CallscriptSyntax

/// Puts comments and blank lines back between the formatted lines, aligns answers and
/// trailing comments, and produces the final text.
struct CommentWeaver {
    let source: SourceFile
    let comments: [Comment]

    private enum Element {
        case line(LayoutLine, trailing: Comment?)
        case comment(Comment, indent: Int, item: Int, itemKind: LayoutLine.ItemKind)

        var start: Int {
            switch self {
            case .line(let l, _): l.start
            case .comment(let c, _, _, _): c.span.start
            }
        }

        var end: Int {
            switch self {
            case .line(let l, let trailing): trailing?.span.end ?? l.end
            case .comment(let c, _, _, _): c.span.end
            }
        }

        var item: Int {
            switch self {
            case .line(let l, _): l.item
            case .comment(_, _, let item, _): item
            }
        }

        var itemKind: LayoutLine.ItemKind {
            switch self {
            case .line(let l, _): l.itemKind
            case .comment(_, _, _, let kind): kind
            }
        }
    }

    func weave(_ lines: [LayoutLine]) -> String {
        let elements = place(comments.sorted { $0.span.start < $1.span.start }, among: alignAnswers(lines))
        return render(elements)
    }

    /// Decides for each comment whether it trails a line or stands before one.
    private func place(_ sorted: [Comment], among lines: [LayoutLine]) -> [Element] {
        var trailing: [Int: Comment] = [:]
        var leading: [Int: [Comment]] = [:]
        var atEnd: [Comment] = []
        var li = 0
        for comment in sorted {
            // Advance to the last line that ends before this comment.
            while li < lines.count, lines[li].end <= comment.span.start { li += 1 }
            if li > 0, trailing[li - 1] == nil, onlyBlanksOrBrace(from: lines[li - 1].end, to: comment.span.start) {
                trailing[li - 1] = comment
            } else if li < lines.count {
                leading[li, default: []].append(comment)
            } else {
                atEnd.append(comment)
            }
        }
        var out: [Element] = []
        for (i, line) in lines.enumerated() {
            for c in leading[i] ?? [] {
                out.append(
                    .comment(
                        c, indent: line.indent + (line.isClosing ? 1 : 0), item: line.item, itemKind: line.itemKind))
            }
            out.append(.line(line, trailing: trailing[i]))
        }
        for c in atEnd { out.append(.comment(c, indent: 0, item: Int.max, itemKind: .block)) }
        return out
    }

    private func onlyBlanksOrBrace(from a: Int, to b: Int) -> Bool {
        guard a <= b else { return false }
        for i in a..<b {
            let c = source.bytes[i]
            if c != UInt8(ascii: " ") && c != UInt8(ascii: "\t") && c != UInt8(ascii: "{") { return false }
        }
        return true
    }

    private func newlines(from a: Int, to b: Int) -> Int {
        guard a < b else { return 0 }
        var n = 0
        for i in a..<min(b, source.bytes.count) where source.bytes[i] == UInt8(ascii: "\n") { n += 1 }
        return n
    }

    private func alignAnswers(_ lines: [LayoutLine]) -> [LayoutLine] {
        var classWidth: [Int: Int] = [:]
        var labelWidth: [Int: Int] = [:]
        for l in lines {
            guard let a = l.answer else { continue }
            classWidth[a.block] = max(classWidth[a.block] ?? 0, a.classWord?.count ?? 0)
            labelWidth[a.block] = max(labelWidth[a.block] ?? 0, a.label.count)
        }
        return lines.map { l in
            guard let a = l.answer else { return l }
            var copy = l
            var text = ""
            let cw = classWidth[a.block] ?? 0
            if cw > 0 { text += pad(a.classWord ?? "", cw) + " " }
            text += pad(a.label, labelWidth[a.block] ?? 0) + " -> " + a.target
            copy.text = text
            return copy
        }
    }

    private func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }

    private func render(_ elements: [Element]) -> String {
        // First the plain lines with blank-line decisions, then trailing-comment alignment.
        var rows: [(code: String, comment: String?, blankBefore: Bool)] = []
        var previous: Element?
        var previousOpens = false
        for element in elements {
            var blank = false
            if let p = previous {
                let sourceBlank = newlines(from: p.end, to: element.start) >= 2
                let newItem = element.item != p.item
                let forced =
                    newItem
                    && (element.itemKind == .block || element.itemKind == .header || p.itemKind == .block
                        || p.itemKind == .header || element.itemKind != p.itemKind)
                var closingNext = false
                if case .line(let l, _) = element, l.isClosing { closingNext = true }
                blank = forced || (sourceBlank && !previousOpens && !closingNext)
            }
            switch element {
            case .line(let l, let trailing):
                rows.append((String(repeating: "  ", count: l.indent) + l.text, trailing.map(commentText), blank))
                previousOpens = l.text.hasSuffix("{")
            case .comment(let c, let indent, _, _):
                rows.append((String(repeating: "  ", count: indent) + commentText(c), nil, blank))
                previousOpens = false
            }
            previous = element
        }
        var out = ""
        var i = 0
        while i < rows.count {
            // A run of consecutive lines with trailing comments shares one comment column.
            var j = i
            while j < rows.count, rows[j].comment != nil, j == i || !rows[j].blankBefore { j += 1 }
            if j > i {
                let column = rows[i..<j].map(\.code.count).max() ?? 0
                for k in i..<j {
                    if rows[k].blankBefore { out += "\n" }
                    out += pad(rows[k].code, column) + "  " + (rows[k].comment ?? "") + "\n"
                }
                i = j
            } else {
                if rows[i].blankBefore { out += "\n" }
                out += rows[i].code + "\n"
                i += 1
            }
        }
        return out
    }

    private func commentText(_ c: Comment) -> String {
        var text = "#" + c.text
        while text.last == " " || text.last == "\t" || text.last == "\r" { text.removeLast() }
        return text
    }
}
