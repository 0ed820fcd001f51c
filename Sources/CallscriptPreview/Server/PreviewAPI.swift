import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptHTTP
import CallscriptIO
import CallscriptRuntime
import Foundation

/// The preview's JSON API under `/TOKEN/api/` (see Docs/preview.md): the scripts, one script's
/// diagnostics and graph, a watch that returns when its files change, a practice call replayed
/// on the step function, and the call as a `.calltest`.
struct PreviewAPI {
    let service: PreviewService

    /// What the page posts to `run` and `calltest`.
    struct CallRequest: Decodable {
        var script: String
        var contact: [String: String]
        var agent: String?
        var inputs: [PracticeInput]
        /// For `calltest`: the test's name, and the file to save it as (under the script's
        /// `tests/` folder); no file only shows the text.
        var name: String?
        var file: String?
    }

    func handle(_ request: HTTPRequest, route: String) -> HTTPResponse {
        switch (request.method, route) {
        case ("GET", "scripts"), ("HEAD", "scripts"):
            return json(PreviewViews.ScriptList(folder: service.workspace.folder, scripts: service.workspace.scripts()))
        case ("GET", "script"), ("HEAD", "script"):
            guard let preview = preview(request.queryValue("path")) else { return unknownScript(request) }
            return json(PreviewViews.script(preview, dot: service.dot))
        case ("GET", "watch"):
            guard let preview = preview(request.queryValue("path")) else { return unknownScript(request) }
            let known = request.queryValue("version") ?? ""
            let now = SourceVersion.waitForChange(of: preview.files, from: known, timeout: service.watchTimeout)
            return json(PreviewViews.WatchView(version: now.digest, changed: now.digest != known))
        case ("POST", "run"): return call(request, test: false)
        case ("POST", "calltest"): return call(request, test: true)
        case (_, "scripts"), (_, "script"), (_, "watch"), (_, "run"), (_, "calltest"):
            return .problem(405, "\(request.method) is not how /api/\(route) is used; see Docs/preview.md")
        default:
            return .problem(404, "there is no /api/\(route); see Docs/preview.md")
        }
    }

    private func preview(_ script: String?) -> ScriptPreview? {
        guard let script else { return nil }
        return ScriptPreview(script, in: service.workspace, on: service.today())
    }

    private func unknownScript(_ request: HTTPRequest) -> HTTPResponse {
        .problem(404, "'\(request.queryValue("path") ?? "")' is not a script in \(service.workspace.folder)")
    }

    private func call(_ request: HTTPRequest, test: Bool) -> HTTPResponse {
        let body: CallRequest
        do { body = try JSONDecoder().decode(CallRequest.self, from: Data(request.body)) } catch {
            return .problem(400, "the body is not the JSON the page sends: \(error)")
        }
        guard let preview = preview(body.script) else {
            return .problem(404, "'\(body.script)' is not a script in \(service.workspace.folder)")
        }
        guard let loaded = preview.loaded else {
            return .problem(409, "\(body.script) has errors, and only a proven script can be run; fix the errors first")
        }
        let practice: PracticeCall
        do {
            practice = try PracticeCall(
                loaded: loaded, contact: body.contact, agent: body.agent ?? "Agent", inputs: body.inputs)
        } catch {
            let reasons = error.diagnostics.map(\.message).joined(separator: "; ")
            return .problem(422, "the contact does not fit the script: \(reasons)")
        }
        guard test else { return json(PreviewViews.run(practice, version: preview.version.digest)) }
        return calltest(practice, preview, name: body.name ?? "", file: body.file)
    }

    /// The call as a test file, checked by the test runner before it is written: a file is
    /// saved only when `callscript test` passes it.
    private func calltest(_ practice: PracticeCall, _ preview: ScriptPreview, name: String, file: String?)
        -> HTTPResponse
    {
        let scriptFolder = (preview.file as NSString).deletingLastPathComponent
        let testsFolder = scriptFolder.isEmpty ? "tests" : scriptFolder + "/tests"
        var target = testsFolder + "/" + (preview.script as NSString).lastPathComponent + "-preview.calltest"
        if let file {
            guard let checked = Self.fileName(file) else {
                return .problem(
                    422, "'\(file)' is not a file name: use letters, digits, '.', '-' and '_', ending in .calltest")
            }
            target = testsFolder + "/" + checked
        }
        let script = ScriptTestPaths.relative(from: testsFolder, to: preview.file)
        let text = RecordedTestWriter.text(
            practice.recorded(name: name), machine: practice.context.loaded.machine, script: script)
        var suite = ScriptTestSuite()
        let result = suite.run(source: SourceFile(path: target, text: text))
        let report = Self.report(result)
        let shownTarget = ArtifactRelative.path(target, from: service.workspace.folder)
        guard file != nil, result.passed else {
            return json(PreviewViews.CalltestView(text: text, saved: nil, passed: result.passed, report: report))
        }
        if FileManager.default.fileExists(atPath: target) {
            return .problem(409, "\(shownTarget) exists already; choose another file name")
        }
        do {
            try Folders.create(testsFolder)
            try OutputFile.write(text, to: target)
        } catch let error as SystemError {
            return .problem(500, "cannot create \(testsFolder): \(error.description)")
        } catch let error as OutputFileError {
            return .problem(500, error.description)
        } catch {
            return .problem(500, "\(error)")
        }
        return json(PreviewViews.CalltestView(text: text, saved: shownTarget, passed: true, report: report))
    }

    /// A plain file name ending in `.calltest` (added when missing), or nil.
    static func fileName(_ text: String) -> String? {
        let name = text.hasSuffix(".calltest") ? text : text + ".calltest"
        let allowed = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "._-".unicodeScalars.contains($0)
        }
        guard allowed, let first = name.unicodeScalars.first, first != ".", name.count <= 120 else { return nil }
        return name
    }

    /// What `callscript test` says of the file, in short.
    static func report(_ result: ScriptTestFileResult) -> String {
        if result.isInvalid {
            return TextRenderer(sources: result.sources).render(result.diagnostics)
        }
        var lines: [String] = []
        for test in result.results {
            lines.append((test.passed ? "✔ " : "✘ ") + test.name)
            if let failure = test.failure {
                lines.append("    \(failure.message)")
                if let actual = failure.actual { lines.append("    actual: \(actual)") }
            }
        }
        let passed = result.results.filter(\.passed).count
        lines.append("\(result.results.count) test\(result.results.count == 1 ? "" : "s"): \(passed) passed")
        return lines.joined(separator: "\n")
    }

    private func json(_ value: some Encodable) -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return .problem(500, "the answer could not be encoded") }
        return HTTPResponse(status: 200, contentType: "application/json", body: Array(data))
    }
}

/// A path shown relative to the workspace folder when it lies inside it.
enum ArtifactRelative {
    static func path(_ path: String, from folder: String) -> String {
        let relative = ScriptTestPaths.relative(from: folder.isEmpty ? "." : folder, to: path)
        return relative.hasPrefix("..") ? path : relative
    }
}
