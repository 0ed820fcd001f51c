// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections RT0099 to RT0398.
    static let part16: [String: String] = [
        "RT0099": #"""
        Severity: error. Exit status: 1.

        Another runner is running or resuming this call right now: a call is held by one runner at a time (`sessions/<id>.lock`), so two resumes of one call can never both proceed.

        How to fix: Close the other runner, or wait until it has stopped, then resume.

        ```text
        callscript: error: session 'call-20261130-090000-3fa2c1' is held by another runner [RT0099]
          = help: only one runner can continue a call; close the other one, or wait until it has stopped
        ```
        """#,
        "RT0101": #"""
        Severity: error. Exit status: 2.

        The `--contact` path does not exist.

        How to fix: Pass the contact's JSON file, e.g. `contacts/K-1001.json`.

        ```text
        contacts/K-1001.json: error: no such contact file [RT0101]
        ```
        """#,
        "RT0102": #"""
        Severity: error. Exit status: 2.

        The `--contact` path exists but is a folder, is not readable, or the disk fails.

        How to fix: Pass one person's contact file (not the folder of contacts), or give the runner's user read access.

        ```text
        contacts: error: cannot read the contact file: it is a folder, not a file [RT0102]
          = help: pass a file inside the folder: one person's contact file, e.g. contacts/K-1001.json
        ```
        """#,
        "RT0103": #"""
        Severity: error. Exit status: 1.

        The contact file is larger than 1 MiB; a real one is a few hundred bytes.

        How to fix: Check that the right file was given (not an export of the whole CRM).

        ```text
        export.json: error: contact file is larger than 1024 KiB [RT0103]
        ```
        """#,
        "RT0104": #"""
        Severity: error. Exit status: 1.

        The file is not JSON, or its top level is not an object.

        How to fix: Write `{"id": ..., "phone": "+31...", "fields": {...}}`.

        ```text
        K-1001.json: error: contact file is not a JSON object [RT0104]
        ```
        """#,
        "RT0105": #"""
        Severity: error. Exit status: 1.

        The contact has no `id` text (it names the person in records and erasure requests).

        How to fix: Add the contact's ID from your CRM, e.g. `"id": "K-1001"`.

        ```text
        K-1001.json: error: contact has no 'id' (text) [RT0105]
        ```
        """#,
        "RT0106": #"""
        Severity: error. Exit status: 1.

        The contact has no `phone` text.

        How to fix: Add the number, e.g. `"phone": "+31 6 1234 5678"`.

        ```text
        K-1001.json: error: contact 'K-1001' has no 'phone' (text) [RT0106]
        ```
        """#,
        "RT0107": #"""
        Severity: error. Exit status: 1.

        The phone number cannot be read as an international number.

        How to fix: Write it with its country code, e.g. `+31 6 1234 5678`.

        ```text
        K-1001.json: error: contact 'K-1001' has phone '0612', which is not a valid number [RT0107]
        ```
        """#,
        "RT0108": #"""
        Severity: error. Exit status: 1.

        A value under `fields` is an object or a list.

        How to fix: Write the value as text.

        ```text
        K-1001.json: error: contact 'K-1001': field 'adres' is not text, a number or true/false [RT0108]
        ```
        """#,
        "RT0109": #"""
        Severity: error. Exit status: 1.

        `fields` is not a JSON object of names and values.

        How to fix: Write `"fields": {"first_name": "Anna"}`.

        ```text
        K-1001.json: error: contact 'K-1001': 'fields' is not an object [RT0109]
        ```
        """#,
        "RT0110": #"""
        Severity: error. Exit status: 1.

        `last_purchase` or `contract_end` is not a `YYYY-MM-DD` date.

        How to fix: Write the date as `YYYY-MM-DD`, e.g. `"2025-12-31"`.

        ```text
        K-1001.json: error: contact 'K-1001': 'contract_end' is not a date [RT0110]
        ```
        """#,
        "RT0111": #"""
        Severity: error. Exit status: 1.

        The script declares a contact field the contact file does not have. One error per missing field.

        How to fix: Add the field under `fields` in the contact file before calling.

        ```text
        K-1001.json: error: contact 'K-1001' has no field 'first_name' (text) that the script needs [RT0111]
        ```
        """#,
        "RT0112": #"""
        Severity: error. Exit status: 1.

        A contact field's value is not valid for the type the script declares (a number that is not a number, a choice that is not one of the choices).

        How to fix: Correct the value in the contact file before calling.

        ```text
        K-1001.json: error: contact 'K-1001': field 'verbruik': 'veel' is not a number [RT0112]
        ```
        """#,
        "RT0113": #"""
        Severity: error. Exit status: 2.

        `--agent` is empty or only spaces; the name is said on the phone (`{agent}`) and recorded.

        How to fix: Pass `--agent` with the name you give on the phone.

        ```text
        callscript: error: the agent name is empty [RT0113]
          = help: pass --agent with the name you give on the phone
        ```
        """#,
        "RT0114": #"""
        Severity: error. Exit status: 1.

        The contact's `time_zone` names no IANA time zone this system knows (`Pacific Time`, `PST`), or `time_zone`, `state` or `source` is not a JSON string. A policy read on the callee's clock (`us-tsr`) needs the zone to check the calling hours, so the call does not start on a guess.

        How to fix: Write the zone as the tz database names it, e.g. `"time_zone": "America/Los_Angeles"`, or leave it out to use every zone the number's area code can be in.

        ```text
        US-1001.json: error: contact 'US-1001': time zone 'Pacific Time' is not an IANA time zone [RT0114]
          = help: write the callee's zone as in the tz database, e.g. "America/Los_Angeles"
        ```
        """#,
        "RT0115": #"""
        Severity: error. Exit status: 1.

        Once the `on objection`, `on minor` or `on voicemail` handler has started, the runner refuses events that cannot apply: a `complaint` raised inside `on objection` would let the complaint handler jump back into the script (into a pitch, to a person who just objected). The person can always hang up (`hang-up`), and a child can still object (`objection` inside `on minor`). The terminal runner and the desktop show the message and wait; an answers file or a script test stops at the line that raised the event. See [runner.md](runner.md#events-inside-a-handler).

        How to fix: Read the handler's lines to its end; if the person also has a complaint, note it after the call.

        ```text
        ja-per-mail.answers:4:1: error: 'complaint' cannot apply once the 'objection' handler has started: the person has objected: the call only records that and ends [RT0115]
          = help: finish the 'objection' handler's lines; only hang-up can still be raised
        ```
        """#,
        "RT0198": #"""
        Severity: error. Exit status: 2.

        `callscript contacts scrub` cannot read the call list as a whole: it is empty, its header row has no `id` or `phone` column, it is not UTF-8, or a quoted field is never closed. Nothing is written. A single bad row is not this error: it is removed and named in the report (see [data-formats.md](data-formats.md#call-list-csv-for-callscript-contacts-scrub)).

        How to fix: Name the columns `id` and `phone` in the first row, save the list from Excel as "CSV UTF-8", and close every quoted field.

        ```text
        bellijst.csv:1:1: error: the header row has no id and phone column (it has: naam, telefoon) [RT0198]
          = help: name the columns id and phone in the first row, e.g. id;phone;first_name
        ```
        """#,
        "RT0199": #"""
        Severity: error. Exit status: 1.

        A number handed to a record or a lookup (an objection to record, a number to check against the objection list) is not a phone number. The message says what is wrong with it: a letter and where, no country code, too few or too many digits. See [data-formats.md](data-formats.md#phone-numbers) for every spelling that is read.

        How to fix: Write the number with its country code, e.g. `+31 6 1234 5678`; a spreadsheet that dropped the leading `0` or `+` needs its column formatted as text.

        ```text
        callscript: error: '06-1234x678' is not a phone number: 'x' at position 8 is not a digit, space or separator [RT0199]
          = help: write the number with its country code, e.g. +31 6 1234 5678
        ```
        """#,
        "RT0201": #"""
        Severity: error. Exit status: 1.

        A gate refused the call: the number is on the objection list (`NL-GATE-OBJECTION`), there is no basis for the call (`NL-GATE-BASIS`), or it is outside the calling hours (`NL-GATE-HOURS`). No call was started.

        How to fix: Do not call a number on the objection list; record consent or check the customer dates; call again within the calling hours (`callscript explain NL-GATE-HOURS`).

        ```text
        callscript: error: call refused by NL-GATE-HOURS: 2026-04-06 is Tweede Paasdag, a public holiday [RT0201]
          = note: checked at 2026-04-06T10:00 Europe/Amsterdam; the refusal is in the audit log, no call was started
        ```
        """#,
        "RT0299": #"""
        Severity: error. Exit status: 1.

        `--resume` checks every gate again (objection list, basis, calling hours) and the resume window (`RESUME-WINDOW`, 30 minutes after the call's last step by default, `--resume-window`). One of them refused: an objection was recorded meanwhile (by any runner), consent was withdrawn, it is outside calling hours, or the call stopped too long ago. The refusal is in the audit log; the call stays interrupted.

        How to fix: Do not continue the call. Past the window, start the call anew (the gates decide then); otherwise follow the gate's help.

        ```text
        callscript: error: resume refused by NL-GATE-HOURS: 2026-04-06 is Tweede Paasdag, a public holiday [RT0299]
          = note: checked again at 2026-04-06T10:00 Europe/Amsterdam; the refusal is in the audit log and the call stays interrupted
        ```
        """#,
        "RT0301": #"""
        Severity: error. Exit status: 2.

        Opening, locking, reading, writing or flushing a record file failed (a full disk, a read-only folder, a damaged line). The step that needed it did not happen; everything confirmed before it is kept.

        How to fix: Check that the disk is not full and the folder is writable, then resume the call.

        ```text
        callscript-data/objections.txt: error: cannot write: No space left on device [RT0301]
        ```
        """#,
        "RT0302": #"""
        Severity: error. Exit status: 2.

        The data folder is a file, cannot be created, a record file in it cannot be written, or the disk has less than 1 MiB free. Checked before the call starts.

        How to fix: Choose a writable folder with free space (`--data`) before calling.

        ```text
        callscript-data: error: data folder cannot be used: it is a file, not a folder [RT0302]
        ```
        """#,
        "RT0386": #"""
        Severity: error. Exit status: 2.

        A statement of the PostgreSQL record store (`--store postgres://...`) failed: the server ran out of disk, the connection broke in the middle of a step, a permission is missing. The step's transaction was rolled back, so none of it was recorded.

        How to fix: Check the database server (its log names the cause); nothing after the last confirmed step was recorded, and `--resume` continues the call once the server is back.

        ```text
        postgres://callscript@db.floor.local/callscript: error: cannot commit a step: PostgreSQL error 53100: could not extend file: No space left on device [RT0386]
          = help: check the database server (its log names the cause); nothing after the last confirmed step was recorded
        ```
        """#,
        "RT0387": #"""
        Severity: error. Exit status: 2.

        The database named by `--store` has no callscript tables yet, or a schema version other than the one this callscript needs. Nothing is read or written until the versions match.

        How to fix: Run `callscript store migrate --store URL` once (it prints the steps it applied); a database migrated by a newer callscript needs that version.

        ```text
        postgres://callscript@db.floor.local/callscript: error: the database has no callscript tables yet [RT0387]
          = help: run `callscript store migrate --store postgres://callscript@db.floor.local/callscript` once, then call again
        ```
        """#,
        "RT0388": #"""
        Severity: error. Exit status: 2.

        The PostgreSQL server of `--store` did not answer, refused the login or has no such database. The URL is shown without its password.

        How to fix: Check that the server runs and that the URL's host, port, user and database are right (`postgres://USER@HOST:PORT/DB`).

        ```text
        postgres://callscript@db.floor.local/callscript: error: cannot reach the record store's database: connection to server at "db.floor.local" (10.0.4.12), port 5432 failed: Connection refused [RT0388]
          = help: check that the server runs and the URL's host, port, user and database are right (postgres://USER@HOST:PORT/DB); nothing was recorded
        ```
        """#,
        "RT0389": #"""
        Severity: error. Exit status: 2.

        `--store postgres://...` needs PostgreSQL's client library, libpq, which callscript loads when the store is first used (`libpq.so.5`); it is not installed. Without `--store` callscript never loads it.

        How to fix: Install it (Debian: `apt-get install libpq5`), or leave out `--store` to use the file store (`--data DIR`).

        ```text
        callscript: error: cannot use a PostgreSQL store: libpq.so.5: cannot open shared object file: No such file or directory [RT0389]
          = help: install the client library (Debian: `apt-get install libpq5`), or leave out --store to use the file store (--data DIR)
        ```
        """#,
        "RT0390": #"""
        Severity: error. Exit status: 1.

        A line of `objections.txt` is neither a phone number (in any spelling of [data-formats.md](data-formats.md#phone-numbers)), an empty line nor a `#` comment. The objection gate then refuses every call and `contacts scrub` writes nothing, because the line may be someone's objection that would otherwise not be honoured. The first such line is named, with the count of further ones.

        How to fix: Correct the line, or make it a comment with `#` if it is not an objection; the next check reads the list again.

        ```text
        callscript-data/objections.txt:2:1: error: line 2 of the objection list is not a phone number: 'bel niet: 06 1234 5678' is not a phone number: 'b' at position 1 is not a digit, space or separator [RT0390]
          = note: every call is refused until it is corrected: the line may be someone's objection
          = help: correct the line (write the number with its country code, e.g. +31 6 1234 5678) or make it a comment with '#'
        ```
        """#,
        "RT0396": #"""
        Severity: error. Exit status: 1.

        A file in the data folder's `pending/` is not a step journal. Journals are written whole (temporary file, flush, rename), so this file was changed by hand or by a disk fault. Gates refuse while it is there: it may hold an objection.

        How to fix: Keep the file for investigation and move it out of `pending/`; then check the objection list for the number it names.

        ```text
        callscript-data/pending/call-7.step: error: the journal of an interrupted step cannot be read: it is not a step journal [RT0396]
          = help: keep the file for investigation; move it out of the data folder's pending/ folder to continue
        ```
        """#,
        "RT0397": #"""
        Severity: error. Exit status: 2.

        The data folder has a `practice` marker: it holds practice calls. A real call is not recorded there.

        How to fix: Pass `--practice` to practise, or use the real data folder for real calls.

        ```text
        oefen-data: error: this is a practice data folder (it has a 'practice' marker); real calls are not recorded here [RT0397]
          = help: pass --practice to practise, or use the real data folder for real calls
        ```
        """#,
        "RT0398": #"""
        Severity: error. Exit status: 2.

        `--practice` was given with a data folder that holds real records (objections, consents, callbacks, audit entries or sessions). Practice calls never mix with real ones.

        How to fix: Practise with a separate, empty data folder (e.g. `--data oefen-data`); the first practice call marks it.

        ```text
        callscript-data: error: --practice refuses a data folder that holds real records [RT0398]
          = help: practise with a separate, empty data folder (e.g. --data oefen-data); it is marked as practice
        ```
        """#,
    ]
}
