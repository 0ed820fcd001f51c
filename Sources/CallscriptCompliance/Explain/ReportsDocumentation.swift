extension Explain {
    /// The section of `Docs/compliance.md` on `callscript certify` and `callscript diff`; its
    /// example diff is checked against the real output by the reports' tests.
    static let reportsSection = """
        ## Certificates and version diffs

        Two reports are made for people rather than for CI logs: a **proof certificate** for one
        version of a script, to hand the principal or the ACM, and a **compliance diff** between two
        versions, for the review of a change.

        ### Proof certificates

        ```sh
        callscript certify Examples/energie-optin/winback.call --on 2026-11-29 -o winback-v3.html
        callscript certify Examples/energie-optin/winback.call --format json -o winback-v3.json
        ```

        A certificate names the script (campaign, company, principal, version, caller ID, sector,
        audience), the policy with its version, the day the dated rules were checked for (`--on`,
        default today), the compiler version and the machine digest (the SHA-256 the runner checks
        before it runs the machine, so the certificate names exactly the machine agents will read from),
        and every source file with its SHA-256. Then, for every rule of the policy in order, its
        verdict (`proven`, `broken`, `warning`, `silenced`), what the checker proved (the text of `callscript
        explain`) and its legal source; a broken rule comes with its counterexample conversation, each
        step with the statement, the text the agent reads and the answer taken. The run-time gates of
        the policy are listed as `enforced at run time`. A finding silenced on its line (`# callscript:
        allow ...`) is listed under its rule with the reason written there, and a rule whose only
        findings were silenced reads `silenced`, never `proven`. A rule a policy gains appears without
        any change to the certificate.

        The **policy version** is the first 16 hex digits of a SHA-256 over every rule's ID, severity,
        title, requirement, source and proof text: two certificates with the same policy version were
        proven against the same rules. A certificate holds no time of issue, so the same script,
        compiler and date give the same bytes.

        The HTML is one self-contained page (no scripts, fonts or images from elsewhere) that prints
        on A4; a test prints it with headless Chromium and reads the PDF back with `pdftotext`. The
        JSON follows [schemas/certificate.schema.json](schemas/certificate.schema.json). `certify`
        exits 1 when a rule is broken (and still writes the certificate), 2 on a usage or I/O error.

        ![The first page of the certificate of a script that breaks NL-OPTOUT-AT-END](images/certificate.png)

        ### Compliance diffs

        ```sh
        callscript diff OLD.call NEW.call
        callscript diff --git main HEAD campagnes/winback.call --format markdown
        ```

        `callscript diff` compiles and proves both versions and lists what matters for compliance:
        header entries that changed, rules whose verdict changed, the spoken text (with the answers of
        a question) of every `identify`, `ask convenient`, `disclose`, `optout`, `ask consent` and
        `transfer optout` that was added, removed or reworded, the paths to each kind of ending (`end`,
        `hangup`, `callback at`, `transfer optout`) that one version has and the other has not, and
        the handlers that were added, removed or changed. Statements are matched by step, kind and
        order within the step, so an inserted `say` does not make the rest look new; a path is named by
        its steps and the answers and conditions taken (loops followed once; at most 5,000 paths per
        version are listed). With `--git REV1 REV2 FILE` both versions are read from git (`git show`),
        each with the files it `use`s at that revision, never from the work tree. It exits 1 when a rule
        went from proven to broken: a pull request that would make a proven script non-compliant fails.

        Version 4 of the energy campaign (the two versions are kept in
        `Tests/CallscriptReportsTests/DiffFixtures`) rewords the purpose and the shared opt-out,
        shortens the complaint promise, and adds a shortcut for small users that ends the call
        without the opt-out:

        ```
        $ callscript diff --on 2026-11-29 winback-v3/winback.call winback-v4/winback.call
        compliance diff: winback-v3/winback.call (version 3) → winback-v4/winback.call (version 4)

        header:
          version: 3 → 4

        rules:
          NL-OPTOUT-AT-END: proven → broken  (regression)
              call ends without the opt-out notice after the last pitch

        spoken statements:
          ~ disclose purpose in opening (opening.2)
              - "U heeft {principal} toestemming gegeven om u te bellen over aanbiedingen. Ik bel u over een nieuw aanbod voor stroom en gas."
              + "U heeft {principal} toestemming gegeven om u te bellen over aanbiedingen. Ik bel u over ons nieuwe vaste tarief voor stroom en gas."
          ~ optout in afscheid (afscheid.1)
              - "Mogen wij u in de toekomst nog bellen? Zo niet, dan noteer ik dat nu meteen en bellen wij u niet meer."
              + "Mogen wij u in de toekomst nog bellen over onze aanbiedingen? Zo niet, dan noteer ik dat nu meteen en bellen wij u niet meer."

        paths to each ending:
          end: 1 path added, 0 paths removed
              + start → opening: "Ja, dat komt uit" → aanbod: if jaarverbruik_kwh < 1000 → kleinverbruik: end

        handlers:
          ~ on complaint
                capture klacht "Wat is uw klacht? Ik schrijf het woord voor woord op."
              - say "Dank u. Uw klacht gaat vandaag nog naar {principal}. U krijgt binnen vijf werkdagen een reactie." -> afscheid
              + say "Dank u. Uw klacht gaat vandaag nog naar {principal}. U krijgt binnen drie werkdagen een reactie." -> afscheid

        1 rule went from proven to broken: NL-OPTOUT-AT-END
        ```

        `--format markdown` gives the same as a pull-request comment (tables and `diff` blocks) and
        `--format json` the data, described by [schemas/diff.schema.json](schemas/diff.schema.json).
        In GitHub Actions:

        ```yaml
        - run: callscript diff --git origin/${{ github.base_ref }} HEAD campagnes/winback.call --format markdown -o diff.md
        - if: always()
          run: gh pr comment ${{ github.event.number }} --body-file diff.md
        ```


        """
}
