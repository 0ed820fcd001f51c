extension DesktopAssets {
    /// The capture checks the agent sees while typing, the same rules as the service's (so a
    /// value shown as valid is one the service takes); the service still has the last word (422).
    static let validationJS = #"""
        // Each check returns null when the value is good, else the message to show next to the field.
        // Empty values are only refused when the agent tries to submit (see checkValue).
        const Checks = {
          text(value) {
            return /[\u0000-\u001f\u007f]/.test(value) ? t("check.text") : null;
          },
          // The script language's number, as the runtime reads it: digits with one decimal comma
          // or point (12, 2,5). "3.100" would be read as 3.1, so a Dutch thousands point is refused.
          number(value) {
            if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(value)) return t("check.number.thousands", { value });
            return /^[+-]?\d+([.,]\d+)?$/.test(value) ? null : t("check.number", { value });
          },
          decimal(value) {
            return /^[+-]?\d+([.,]\d+)?$/.test(value) ? null : t("check.decimal", { value });
          },
          email(value) {
            const parts = value.split("@");
            const ok = parts.length === 2 && parts[0].length > 0 && !/\s/.test(value) &&
              /^[^.]+(\.[^.]+)+$/.test(parts[1]) && parts[1].split(".").pop().length >= 2;
            return ok ? null : t("check.email", { value });
          },
          phone(value) {
            return normalPhone(value) ? null : t("check.phone", { value });
          },
          date(value) {
            const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
            return match && realDate(+match[1], +match[2], +match[3]) ? null : t("check.date", { value });
          },
          "yes-no"(value) {
            return /^(ja|j|nee|n|yes|y|no|true|false)$/i.test(value) ? null : t("check.yesno", { value });
          },
          yesno(value) { return Checks["yes-no"](value); },
          datetime(value) {
            const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(value);
            const ok = match && realDate(+match[1], +match[2], +match[3]) && +match[4] < 24 && +match[5] < 60;
            return ok ? null : t("check.datetime", { value });
          },
        };

        function realDate(year, month, day) {
          const date = new Date(Date.UTC(year, month - 1, day));
          return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        }

        // E.164 as the service stores it: spaces, dashes, dots and brackets dropped, 00 -> +, a national
        // 0 taken as Dutch (+31); 8 to 15 digits not starting with 0. Null when it is not a number.
        function normalPhone(raw) {
          let text = raw.trim();
          const plus = text.startsWith("+");
          if (plus) text = text.slice(1);
          text = text.replace(/[ \-.()]/g, "");
          if (!/^\d+$/.test(text)) return null;
          if (!plus) {
            if (text.startsWith("00")) text = text.slice(2);
            else if (text.startsWith("0")) text = "31" + text.slice(1);
            else return null;
          }
          return text.length >= 8 && text.length <= 15 && !text.startsWith("0") ? "+" + text : null;
        }

        // The check for a capture or contact-field type; unknown types are checked as text.
        function checkValue(type, raw, submitting) {
          const value = raw.trim();
          if (value === "") return submitting ? t("check.required") : null;
          const check = Checks[type] || Checks.text;
          return check(value);
        }

        // The example shown under a field: the service's own format when it gives one.
        function formatExample(type, given) {
          if (given) return t("format.given", { format: given });
          return t("format." + type, { fallback: "" });
        }

        function inputModeFor(type) {
          return { number: "numeric", decimal: "decimal", email: "email", phone: "tel" }[type] || "text";
        }
        """#
}
