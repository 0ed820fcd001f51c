import CallscriptTestSupport
import Foundation
import Testing

/// Docs/api.openapi.json is a valid OpenAPI 3.1 document (PyPI `openapi-spec-validator`, which
/// `.ci/run` installs), and it names every route the service answers.
@Suite struct OpenAPITests {
    static let file = RepositoryPaths.docs.appendingPathComponent("api.openapi.json")

    @Test func theDescriptionIsValidOpenAPI31() throws {
        let script = """
            import sys
            try:
                from openapi_spec_validator import validate
                from openapi_spec_validator.readers import read_from_filename
            except ImportError:
                print("MISSING: run `python3 -m pip install openapi-spec-validator` (CI does this in .ci/run)")
                sys.exit(3)
            spec, _ = read_from_filename(sys.argv[1])
            assert spec["openapi"].startswith("3.1"), spec["openapi"]
            validate(spec)
            print("valid")
            """
        let r = try ExternalTool.run(
            "python3", ["-c", script, Self.file.path], installHint: "install Python 3 (CI does this in .ci/run)")
        #expect(r.status != 3, "\(r.stdout)")
        #expect(r.status == 0 && r.stdout.contains("valid"), "\(r.stdout)\(r.stderr)")
    }

    @Test func everyRouteOfTheServiceIsDescribed() throws {
        let data = try Data(contentsOf: Self.file)
        let spec = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let paths = try #require(spec["paths"] as? [String: [String: Any]])
        let served: [(String, String)] = [
            ("get", "/v1/me"), ("get", "/v1/campaigns"), ("get", "/v1/calls"), ("post", "/v1/calls"),
            ("get", "/v1/calls/{id}"), ("post", "/v1/calls/{id}/input"), ("post", "/v1/calls/{id}/suspend"),
            ("post", "/v1/calls/{id}/resume"), ("get", "/v1/outcomes"), ("get", "/v1/contacts"),
            ("get", "/v1/contacts/{id}"), ("get", "/v1/contacts/{id}/export"), ("post", "/v1/contacts/{id}/erase"),
        ]
        for (method, path) in served {
            #expect(paths[path]?[method] != nil, "\(method.uppercased()) \(path) is not in the OpenAPI file")
        }
    }
}
