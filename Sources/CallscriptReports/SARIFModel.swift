/// The parts of SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) that callscript
/// writes. Property names follow the standard exactly; optional properties left nil are omitted.
public enum SARIF {
    public static let version = "2.1.0"
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The top-level object of a `.sarif` file.
    public struct Log: Codable, Hashable, Sendable {
        public var schema: String
        public var version: String
        public var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    public struct Run: Codable, Hashable, Sendable {
        public var tool: Tool
        public var invocations: [Invocation]
        /// How columns are counted: callscript counts Unicode scalars.
        public var columnKind: String
        public var results: [Result]
        /// Where `SRCROOT` is on the machine that ran the check; set when run from a subfolder.
        public var originalUriBaseIds: [String: ArtifactLocation]? = nil
    }

    public struct Tool: Codable, Hashable, Sendable {
        public var driver: ToolComponent
    }

    public struct ToolComponent: Codable, Hashable, Sendable {
        public var name: String
        public var version: String
        public var semanticVersion: String
        public var informationUri: String
        public var rules: [ReportingDescriptor]
    }

    public struct Invocation: Codable, Hashable, Sendable {
        public var executionSuccessful: Bool
    }

    public struct ReportingDescriptor: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var shortDescription: MultiformatMessage
        public var fullDescription: MultiformatMessage
        public var help: MultiformatMessage
        public var helpUri: String
        public var defaultConfiguration: ReportingConfiguration
    }

    public struct ReportingConfiguration: Codable, Hashable, Sendable {
        public var level: String
    }

    public struct MultiformatMessage: Codable, Hashable, Sendable {
        public var text: String
        public var markdown: String?
    }

    public struct Message: Codable, Hashable, Sendable {
        public var text: String
    }

    public struct Result: Codable, Hashable, Sendable {
        public var ruleId: String
        public var ruleIndex: Int
        public var level: String
        public var message: Message
        public var locations: [Location]
        public var relatedLocations: [Location]?
        public var codeFlows: [CodeFlow]?
        public var fixes: [Fix]?
        public var partialFingerprints: [String: String]
    }

    public struct Location: Codable, Hashable, Sendable {
        public var id: Int?
        public var physicalLocation: PhysicalLocation
        public var message: Message?
    }

    public struct PhysicalLocation: Codable, Hashable, Sendable {
        public var artifactLocation: ArtifactLocation
        /// Absent for a problem with a file but no position (a runner error about a whole file).
        public var region: Region?
    }

    public struct ArtifactLocation: Codable, Hashable, Sendable {
        public var uri: String
        public var uriBaseId: String?
    }

    /// Lines and columns are 1-based; `endColumn` is the column just after the region.
    public struct Region: Codable, Hashable, Sendable {
        public var startLine: Int
        public var startColumn: Int
        public var endLine: Int?
        public var endColumn: Int?

        public init(startLine: Int, startColumn: Int, endLine: Int? = nil, endColumn: Int? = nil) {
            self.startLine = startLine
            self.startColumn = startColumn
            self.endLine = endLine
            self.endColumn = endColumn
        }
    }

    public struct CodeFlow: Codable, Hashable, Sendable {
        public var message: Message
        public var threadFlows: [ThreadFlow]
    }

    public struct ThreadFlow: Codable, Hashable, Sendable {
        public var locations: [ThreadFlowLocation]
    }

    public struct ThreadFlowLocation: Codable, Hashable, Sendable {
        public var location: Location
        /// The machine state at this step, keyed `state` (and `choice` when one was made).
        public var state: [String: MultiformatMessage]?
        public var executionOrder: Int
    }

    public struct Fix: Codable, Hashable, Sendable {
        public var description: Message
        public var artifactChanges: [ArtifactChange]
    }

    public struct ArtifactChange: Codable, Hashable, Sendable {
        public var artifactLocation: ArtifactLocation
        public var replacements: [Replacement]
    }

    public struct Replacement: Codable, Hashable, Sendable {
        public var deletedRegion: Region
        public var insertedContent: ArtifactContent
    }

    public struct ArtifactContent: Codable, Hashable, Sendable {
        public var text: String
    }
}
