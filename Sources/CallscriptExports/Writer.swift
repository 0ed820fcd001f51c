/// The text of an export, written line by line with two-space indentation (both exports use it).
struct Writer {
    var text = ""

    mutating func line(_ depth: Int, _ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }
}
