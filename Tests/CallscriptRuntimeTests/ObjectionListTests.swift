import Dispatch
import Foundation
import Testing

@testable import CallscriptRuntime

@Suite struct ObjectionListTests {
    func list(_ text: String) throws -> (ObjectionList, DataFolder) {
        let data = Fixtures.dataFolder()
        try data.prepare()
        try Data(text.utf8).write(to: data.objectionList)
        return (ObjectionList(path: data.objectionList.path), data)
    }

    /// Each of these lists failed open before: Anna was called although her number is on it.
    @Test(arguments: [
        "+31612345678\r\n+31201234567\r\n",
        "\u{FEFF}+31612345678\n",
        "+31\u{00A0}6\u{00A0}1234\u{00A0}5678\n",
        "+31 (0)6 1234 5678\n",
        "# opgezegd per mail\r\n+31 20 123 4567\r\n06-1234 5678\r\n",
        "0031 6 12345678",
        "+31612345678   # belde zelf, 2026-03-02\n",
    ])
    func everySpellingOnTheListBlocksTheCall(_ text: String) throws {
        let (list, data) = try list(text)
        #expect(try list.contains("+31612345678"), "\(text.debugDescription)")
        #expect(try list.contains("06 12345678"))
        let decision = Gates.evaluate(
            machine: Fixtures.winback(), contact: Fixtures.anna, data: data, at: Fixtures.mondayMorning)
        #expect(decision.refusals.map(\.rule).contains("NL-GATE-OBJECTION"), "\(decision.summary)")
    }

    @Test func aLineThatIsNoNumberRefusesEveryCallAndSaysWhichLine() throws {
        let (list, data) = try list("+31201234567\n+31 6 1234 56 78 (Anna)\n0612345xyz\n")
        #expect(
            throws: RuntimeError.badObjectionLine(
                path: list.path, line: 2,
                problem: PhoneNumberError(
                    input: "+31 6 1234 56 78 (Anna)", problem: .invalidCharacter("A", position: 19)),
                more: 1)
        ) { try list.contains("+31699999999") }
        let decision = Gates.evaluate(
            machine: Fixtures.winback(), contact: Fixtures.anna, data: data, at: Fixtures.mondayMorning)
        let objection = decision.results.first { $0.rule == "NL-GATE-OBJECTION" }
        #expect(objection?.passed == false)
        #expect(
            objection?.reason.hasPrefix(
                "the objection list cannot be read (line 2 of the objection list is not a phone number (and 1 more line like it): '+31 6 1234 56 78 (Anna)'"
            ) == true, "\(objection?.reason ?? "")")
        #expect(objection?.reason.hasSuffix("[RT0390])") == true, "one line, with its code")
        #expect(!FileManager.default.fileExists(atPath: list.indexPath), "no index of a list that does not read")
    }

    @Test func aBadLineAppendedAfterTheIndexWasBuiltAlsoRefuses() throws {
        let (list, _) = try list("+31201234567\n")
        #expect(try !list.contains("+31612345678"))
        #expect(FileManager.default.fileExists(atPath: list.indexPath))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: list.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("Anna de Vries\n".utf8))
        try handle.close()
        #expect(throws: RuntimeError.self) { try list.contains("+31612345678") }
    }

    @Test func theRuntimeWritesE164AndRefusesToRecordANonNumber() throws {
        let (list, _) = try list("")
        try list.append("+31 (0)6 1234 5678")
        #expect(try String(contentsOf: URL(fileURLWithPath: list.path), encoding: .utf8) == "+31612345678\n")
        #expect(
            throws: RuntimeError.badPhone(
                PhoneNumberError(input: "onbekend", problem: .invalidCharacter("o", position: 1)))
        ) {
            try list.append("onbekend")
        }
    }

    @Test func anAppendAfterALastLineWithoutNewlineKeepsBoth() throws {
        let (list, _) = try list("+31201234567") // an editor that leaves no final newline
        try list.append("+31612345678")
        #expect(try list.numbers() == ["+31201234567", "+31612345678"])
    }

    @Test func aHalfWrittenLineIsMarkedAndIgnoredWithAWarning() throws {
        let (list, _) = try list("+31201234567\n+316123") // a runner died mid-write
        let warnings = try list.rebuild().warnings
        #expect(warnings.count == 1 && warnings.first?.contains("line 2") == true, "\(warnings)")
        try list.append("+31687654321")
        let text = try String(contentsOf: URL(fileURLWithPath: list.path), encoding: .utf8)
        #expect(text == "+31201234567\n+316123 # cut off: never confirmed\n+31687654321\n")
        #expect(try list.snapshot().count == 2)
        try FileManager.default.removeItem(atPath: list.indexPath)
        #expect(try list.rebuild().warnings.first?.contains("line 2") == true)
    }

    @Test func appendsAfterTheIndexAreSeenWithoutARebuild() throws {
        let (list, _) = try list((0..<5000).map { "+3161\(String(format: "%07d", $0))\n" }.joined())
        #expect(try list.contains("+31610000042"))
        let built = try Data(contentsOf: URL(fileURLWithPath: list.indexPath))
        try list.append("+31 20 123 4567")
        #expect(try list.contains("+31201234567"))
        #expect(try !list.contains("+31201234568"))
        let after = try Data(contentsOf: URL(fileURLWithPath: list.indexPath))
        #expect(after.count == built.count && after.dropFirst(128) == built.dropFirst(128), "only the header changed")
        #expect(after.prefix(128) != built.prefix(128))
    }

    @Test func aNumberAddedByAnotherProgramIsSeen() throws {
        let (list, _) = try list("+31201234567\n")
        #expect(try !list.contains("+31612345678"))
        // `echo >> objections.txt` by an operator: not through the runtime, so the index is stale.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: list.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("06 1234 5678\n".utf8))
        try handle.close()
        #expect(try list.contains("+31612345678"))
    }

    @Test func aListRewrittenInPlaceIsReadAgain() throws {
        let (list, _) = try list("+31201234567\n+31612345679\n")
        #expect(try !list.contains("+31612345678"))
        // The same size and the same inode: a typo corrected in place.
        let fd = open(list.path, O_WRONLY)
        #expect(fd >= 0)
        _ = pwrite(fd, "8", 1, 24)
        close(fd)
        #expect(try list.contains("+31612345678"))
        #expect(try !list.contains("+31612345679"))
    }

    @Test func aDamagedIndexIsNeverTrusted() throws {
        let numbers = (0..<10_000).map { "+3162\(String(format: "%07d", $0 * 7))" }
        let (list, _) = try list(numbers.joined(separator: "\n") + "\n")
        #expect(try list.contains(numbers[1234]))
        let index = URL(fileURLWithPath: list.indexPath)
        let good = try Data(contentsOf: index)
        var random = SplitMix(seed: 7)
        for _ in 0..<40 {
            var bytes = [UInt8](good)
            let at = random.next(in: 0..<bytes.count)
            bytes[at] ^= UInt8(1 << random.next(in: 0...7))
            try Data(bytes).write(to: index)
            let probe = numbers[random.next(in: 0..<numbers.count)]
            #expect(try list.contains(probe), "flipped a bit at byte \(at)")
            #expect(try !list.contains("+31630000001"))
        }
        try Data(good.prefix(good.count / 2)).write(to: index)
        #expect(try list.contains(numbers.last ?? ""))
        try Data().write(to: index)
        #expect(try list.contains(numbers[0]))
    }

    @Test func anIndexOfAnotherListIsNotUsed() throws {
        let (list, data) = try list("+31612345678\n")
        #expect(try list.contains("+31612345678"))
        let other = data.root.appendingPathComponent("other.txt")
        try Data("+31201234567\n".utf8).write(to: other)
        let otherList = ObjectionList(path: other.path)
        #expect(try otherList.contains("+31201234567"))
        try FileManager.default.removeItem(atPath: list.indexPath)
        try FileManager.default.copyItem(atPath: otherList.indexPath, toPath: list.indexPath)
        #expect(try list.contains("+31612345678"))
    }

    @Test func aListInAReadOnlyFolderIsStillCheckedInFull() throws {
        let (list, data) = try list("+31612345678\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: data.root.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data.root.path) }
        #expect(try list.contains("+31612345678"))
        #expect(try !list.contains("+31201234567"))
    }

    @Test func withdrawalsMatchTheNumberInAnySpelling() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        let register = ConsentRegister(path: data.consentRegister.path)
        try register.append(
            ConsentRecord(
                person: "K-1001", phone: "+31612345678", company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-01-01T10:00:00Z", script: "x", agent: "web", verifiedBy: "sms",
                verifiedAt: "2026-01-01T10:00:00Z"))
        var contact = Fixtures.anna
        #expect(try register.hasConsent(contact: contact, company: "Zonnig Energie B.V.", purpose: "telemarketing"))
        // Withdrawn through another system, which knows her by another ID and spells the number its way.
        try register.append(
            ConsentRecord(
                person: "CRM-88", phone: "06-1234 5678", company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-02-01T10:00:00Z", script: "", agent: "klantenservice", status: .withdrawn))
        #expect(try !register.hasConsent(contact: contact, company: "Zonnig Energie B.V.", purpose: "telemarketing"))
        contact.phone = "+31 (0)6 1234 5678"
        #expect(try !register.hasConsent(contact: contact, company: "Zonnig Energie B.V.", purpose: "telemarketing"))
    }
}

@Suite struct ConsentIndexTests {
    let company = "Zonnig Energie B.V."

    func register(_ count: Int) throws -> (ConsentRegister, DataFolder) {
        let data = Fixtures.dataFolder()
        try data.prepare()
        let lines = (0..<count).map { i in
            #"{"agent":"web","company":"Zonnig Energie B.V.","person":"K-\#(i)","phone":"+3162\#(String(format: "%07d", i))","purpose":"telemarketing","script":"","status":"given","time":"2026-01-01T10:00:00Z","verifiedAt":"2026-01-01T10:00:00Z","verifiedBy":"sms"}"#
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: data.consentRegister)
        return (ConsentRegister(path: data.consentRegister.path), data)
    }

    func has(_ register: ConsentRegister, _ id: String, _ phone: String) throws -> Bool {
        try register.hasConsent(contact: Contact(id: id, phone: phone), company: company, purpose: "telemarketing")
    }

    @Test func lookupsByIDAndNumberAgreeWithAFullRead() throws {
        let (register, _) = try register(3000)
        #expect(try has(register, "K-17", "+31699999999"))
        #expect(FileManager.default.fileExists(atPath: register.index.path))
        #expect(try has(register, "K-x", "+31620000017"))
        #expect(try !has(register, "K-x", "+31699999999"))
        try register.append(
            ConsentRecord(
                person: "CRM-1", phone: "06-2000 0017", company: company, purpose: "telemarketing", time: "t",
                script: "",
                agent: "klantenservice", status: .withdrawn))
        #expect(try !has(register, "K-17", "+31620000017"))
        #expect(try has(register, "K-17", "+31699999999"), "by ID alone the latest record of K-17 is still the consent")
        #expect(try !has(register, "K-x", "+31620000017"))
        #expect(try has(register, "K-18", "+31620000018"))
    }

    @Test func anErasedRegisterLeavesNoNumberInTheIndex() throws {
        let (register, _) = try register(200)
        #expect(try has(register, "K-5", "+31620000005"))
        let index = try Data(contentsOf: URL(fileURLWithPath: register.index.path))
        #expect(index.count > 200 * 16)
        try register.discardIndex()
        #expect(!FileManager.default.fileExists(atPath: register.index.path))
        try register.discardIndex() // already gone: fine
        #expect(try has(register, "K-5", "+31620000005"), "rebuilt by the next lookup")
    }

    @Test func aRecordWrittenByAnotherProgramIsSeen() throws {
        let (register, data) = try register(500)
        #expect(try has(register, "K-3", "+31620000003"))
        let handle = try FileHandle(forWritingTo: data.consentRegister)
        try handle.seekToEnd()
        try handle.write(
            contentsOf: Data(
                #"{"agent":"crm","company":"Zonnig Energie B.V.","person":"K-3","phone":"","purpose":"telemarketing","script":"","status":"withdrawn","time":"t"}"#
                    .utf8 + [0x0A]))
        try handle.close()
        #expect(try !has(register, "K-3", "+31620000003"))
    }

    @Test func aDamagedOrForeignIndexIsNeverTrusted() throws {
        let (register, data) = try register(2000)
        #expect(try has(register, "K-1234", "+31699999999"))
        let good = try Data(contentsOf: URL(fileURLWithPath: register.index.path))
        var random = SplitMix(seed: 11)
        for _ in 0..<12 {
            var bytes = [UInt8](good)
            let at = random.next(in: 0..<bytes.count)
            bytes[at] ^= UInt8(1 << random.next(in: 0...7))
            try Data(bytes).write(to: URL(fileURLWithPath: register.index.path))
            let i = random.next(in: 0..<2000)
            #expect(try has(register, "K-\(i)", "+31699999999"), "flipped a bit at byte \(at)")
            #expect(try !has(register, "K-nobody", "+31699999999"))
        }
        // A withdrawal written over a record in place, keeping the size: the index must not hide it.
        var text = try String(contentsOf: data.consentRegister, encoding: .utf8)
        let target = #""person":"K-7","phone":"+31620000007","purpose":"telemarketing","script":"","status":"given""#
        text = text.replacingOccurrences(
            of: target, with: target.replacingOccurrences(of: "\"given\"", with: "\"nee\"  "))
        let handle = try FileHandle(forWritingTo: data.consentRegister)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        #expect(throws: RuntimeError.self) { try has(register, "K-7", "+31620000007") }
    }
}

@Suite struct ObjectionListAtScaleTests {
    /// Random numbers written on the list in random spellings are all found in E.164, and
    /// numbers not on it are not, through the index and after appends.
    @Test func randomSpellingsOnTheListAreAllFound() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        var random = SplitMix(seed: 42)
        var listed: Set<UInt64> = []
        var text = "\u{FEFF}# import uit CRM\r\n"
        for _ in 0..<3000 {
            let national = UInt64(random.next(in: 600_000_000...799_999_999))
            listed.insert(31_000_000_000 + national)
            let digits = String(national)
            let spelled: String
            switch random.next(in: 0...5) {
            case 0: spelled = "+31 \(digits.prefix(1)) \(digits.dropFirst(1).prefix(4)) \(digits.dropFirst(5))"
            case 1: spelled = "0\(digits.prefix(1))-\(digits.dropFirst(1))"
            case 2: spelled = "+31 (0)\(digits.prefix(1))\u{00A0}\(digits.dropFirst(1))"
            case 3: spelled = "0031\(digits)"
            case 4: spelled = "\t+31\(digits)   # opgezegd"
            default: spelled = "0\(digits.prefix(1)).\(digits.dropFirst(1).prefix(4)).\(digits.dropFirst(5))"
            }
            text += spelled + (random.next(in: 0...1) == 0 ? "\r\n" : "\n")
        }
        try Data(text.utf8).write(to: data.objectionList)
        let list = ObjectionList(path: data.objectionList.path)
        for number in listed.shuffled(using: &random).prefix(300) {
            #expect(try list.contains("+\(number)"))
        }
        for _ in 0..<300 {
            let other = 31_000_000_000 + UInt64(random.next(in: 800_000_000...899_999_999))
            #expect(try !list.contains("+\(other)"))
        }
        #expect(try list.snapshot().count == listed.count)
        try list.append("+31 8 0000 0001")
        #expect(try list.contains("+31800000001") && list.contains("+\(listed.first ?? 0)"))
    }

    /// Runners appending and checking at once: every number is found as soon as its append
    /// returned, also while another program appends behind the runtime's back.
    @Test func aConfirmedObjectionIsSeenAtOnceByEveryChecker() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        try Data((0..<2000).map { "+3161\(String(format: "%07d", $0))\n" }.joined().utf8).write(to: data.objectionList)
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 3) { worker in
            let list = ObjectionList(path: data.objectionList.path)
            for i in 0..<60 {
                let number = "+3162\(worker)\(String(format: "%06d", i))"
                do {
                    if worker == 2 {
                        // Not through the runtime (`echo >>`, no lock): the index goes stale and is rebuilt.
                        let fd = open(data.objectionList.path, O_WRONLY | O_APPEND)
                        let line = Array((number + "\n").utf8)
                        if fd < 0 || write(fd, line, line.count) != line.count { failures.add("external write failed") }
                        close(fd)
                    } else {
                        try list.append(number)
                    }
                    if try !list.contains(number) { failures.add("\(number) not found after its append") }
                    if try !list.contains("+3161\(String(format: "%07d", i * 31))") {
                        failures.add("an old number lost")
                    }
                } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
        #expect(try ObjectionList(path: data.objectionList.path).snapshot().count == 2000 + 180)
    }
}
