import CallscriptIO
import CallscriptTestSupport
import Foundation
import Testing

/// `-o` and every other written file: regular files are replaced whole, anything else is
/// written into and never replaced.
@Suite struct OutputFileTests {
    @Test func placeholder() {}
}
