/// The one process of the Promela model: the rule properties written once each, over the
/// tables `PromelaExport` fills. It follows Docs/compliance.md, written independently of the
/// verifier's automata: paths start at `start` or at a handler's first state as the rule
/// says, follow every transition, and (for the rules where handlers start at any moment) may
/// leave any non-terminal state for any handler's first state.
enum PromelaProperties {
    static func process(rules: [String], assertions: [[String]], _ w: inout Writer) {
        w.text += source
        w.line(0, "")
        w.line(0, "init {")
        w.line(1, "fillTables();")
        w.line(1, "computeCanEnd();")
        if rules.isEmpty || assertions.isEmpty {
            w.line(1, "skip  /* no rule to check */")
            w.line(0, "}")
            return
        }
        w.line(1, "if")
        for m in assertions.indices { w.line(1, ":: machine = \(m)") }
        w.line(1, "fi;")
        w.line(1, "if")
        for r in rules.indices { w.line(1, ":: rule = \(r)") }
        w.line(1, "fi;")
        w.text += body
        w.line(0, "violated:")
        w.line(1, "if")
        for (m, names) in assertions.enumerated() {
            for (r, name) in names.enumerated() {
                let machine = assertions.count == 1 ? "" : "machine == \(m) && "
                w.line(1, ":: \(machine)rule == \(r) -> assert(\(name))  /* \(rules[r]) */")
            }
        }
        w.line(1, "fi;")
        w.line(0, "done:")
        w.line(1, "skip")
        w.line(0, "}")
    }

    /// Globals and inlines shared by every model.
    private static let source = """

        #define BIT(x) (1 << (x))
        #define GO 0
        #define ACCEPT 1
        #define VIOLATED 2

        byte machine;  /* the machine this run checks (chosen at the start) */
        byte rule;     /* the rule this run checks (chosen at the start) */
        int q;         /* the machine state being read */
        int a;         /* the rule's property state */
        byte verdict;  /* what reading q decided */
        int e;         /* the edge or handler being chosen */
        hidden int i, j;
        hidden byte changed;

        /* canEnd[q]: some terminal is reachable from q (a backward fixpoint). */
        inline computeCanEnd() {
          d_step {
            changed = 1;
            do
            :: changed ->
              changed = 0;
              i = 0;
              do
              :: i < N ->
                if
                :: !canEnd[i] && (BIT(role[i]) & TERMINAL) -> canEnd[i] = 1; changed = 1
                :: !canEnd[i] && !(BIT(role[i]) & TERMINAL) ->
                  j = edgeFrom[i];
                  do
                  :: j < edgeFrom[i + 1] && canEnd[edgeTo[j]] -> canEnd[i] = 1; changed = 1; break
                  :: j < edgeFrom[i + 1] && !canEnd[edgeTo[j]] -> j++
                  :: else -> break
                  od
                :: else -> skip
                fi;
                i++
              :: else -> break
              od
            :: else -> break
            od;
            i = 0; j = 0
          }
        }

        /* Reading state q in property state a: the rule's automaton (Docs/compliance.md). */
        inline readState() {
          d_step {
            verdict = GO;
            i = role[q];
            if
            :: ruleKind[rule] == K_FIRST_SPOKEN ->
              if
              :: (BIT(i) & SPOKEN) && i == ruleRole[rule] -> verdict = ACCEPT
              :: (BIT(i) & SPOKEN) && i != ruleRole[rule] -> verdict = VIOLATED
              :: else -> skip
              fi
            :: ruleKind[rule] == K_QUESTION_BEFORE ->
              if
              :: i == ruleRole[rule] && a == 1 -> verdict = ACCEPT
              :: i == ruleRole[rule] && a != 1 -> verdict = VIOLATED
              :: i != ruleRole[rule] && (BIT(i) & ruleGated[rule]) -> verdict = VIOLATED
              :: i != ruleRole[rule] && !(BIT(i) & ruleGated[rule]) && i == ruleAfter[rule] -> a = 1
              :: else -> skip
              fi
            :: ruleKind[rule] == K_NONE_AFTER_ANSWER ->
              if
              :: a == 1 && (BIT(i) & ruleGated[rule]) -> verdict = VIOLATED
              :: else -> skip
              fi
            :: ruleKind[rule] == K_NOTICE_BEFORE_END ->
              /* 0 nothing spoken, 1 a notice is owed, 2 the notice was given */
              if
              :: BIT(i) & ruleOwed[rule] -> a = 1
              :: !(BIT(i) & ruleOwed[rule]) && (BIT(i) & ruleGated[rule]) -> a = 2
              :: !(BIT(i) & ruleOwed[rule]) && !(BIT(i) & ruleGated[rule]) && (BIT(i) & SPOKEN) && a == 0 -> a = 1
              :: else -> skip
              fi;
              if
              :: (BIT(i) & TERMINAL) && a == 1 -> verdict = VIOLATED
              :: (BIT(i) & TERMINAL) && a != 1 -> verdict = ACCEPT
              :: else -> skip
              fi
            :: ruleKind[rule] == K_HANDLER_PATHS ->
              /* a: the required roles passed so far, as a mask */
              if
              :: ruleSilent[rule] && (BIT(i) & SPOKEN) -> verdict = VIOLATED
              :: BIT(i) & ruleGated[rule] -> verdict = VIOLATED
              :: ruleAgentEnded[rule] && !canEnd[q] -> verdict = VIOLATED
              :: else -> skip
              fi;
              if
              :: verdict == GO ->
                a = a | (BIT(i) & ruleOwed[rule]);
                if
                :: (BIT(i) & TERMINAL) && (a & ruleOwed[rule]) != ruleOwed[rule] -> verdict = VIOLATED
                :: (BIT(i) & TERMINAL) && (a & ruleOwed[rule]) == ruleOwed[rule] -> verdict = ACCEPT
                :: else -> skip
                fi
              :: else -> skip
              fi
            :: ruleKind[rule] == K_DISCLOSE_BEFORE ->
              /* a: the disclosures made so far, as a mask (bit 0 the seller, bit t topic t) */
              if
              :: namesCompany[q] -> a = a | BIT(0)
              :: else -> skip
              fi;
              if
              :: i == R_DISCLOSE && topic[q] != 0 -> a = a | BIT(topic[q])
              :: else -> skip
              fi;
              a = a & ruleOwed[rule];
              if
              :: a == ruleOwed[rule] -> verdict = ACCEPT
              :: a != ruleOwed[rule] && (BIT(i) & ruleGated[rule]) -> verdict = VIOLATED
              :: else -> skip
              fi
            :: ruleKind[rule] == K_ANSWER_OBLIGES ->
              /* 0 no such answer yet, 1 the answer was given and the obligation is owed */
              if
              :: a == 1 && (BIT(i) & ruleOwed[rule]) && (ruleTopic[rule] == 0 || topic[q] == ruleTopic[rule]) -> verdict = ACCEPT
              :: else ->
                if
                :: a == 1 && (BIT(i) & TERMINAL) -> verdict = VIOLATED
                :: else -> skip
                fi
              fi
            :: else -> skip
            fi;
            i = 0
          }
        }

        /* Leaving q along edge e: only an answer can change a property state (answer rules). */
        inline takeEdge() {
          d_step {
            if
            :: (ruleKind[rule] == K_NONE_AFTER_ANSWER || ruleKind[rule] == K_ANSWER_OBLIGES) && a == 0 && role[q] == ruleRole[rule] && (edgeAnswer[e] & ruleAnswers[rule]) -> a = 1
            :: else -> skip
            fi;
            q = edgeTo[e];
            e = 0
          }
        }

        /* Entering the handler e (at its start or mid-call): exempt events end the obligation;
           inside a handler, its own event and the events that cannot happen there add no path. */
        inline enterHandler() {
          d_step {
            if
            :: (ruleKind[rule] == K_NOTICE_BEFORE_END || ruleKind[rule] == K_HANDLER_PATHS) && (BIT(event[e]) & ruleEvents[rule]) -> verdict = ACCEPT
            :: else -> q = entry[e]
            fi;
            e = 0
          }
        }

        """

    /// Choosing the root, then the path: reading each state, then an edge or a handler.
    private static let body = """
          /* The paths of the rule: from start, from every handler, or from the handlers of one event. */
          if
          :: ruleKind[rule] == K_HANDLER_PATHS ->
            d_step {
              i = handlerFrom[machine]; j = 0;
              do
              :: i < handlerFrom[machine + 1] -> if :: event[i] == ruleEvent[rule] -> j = 1 :: else -> skip fi; i++
              :: else -> break
              od;
              verdict = (j == 0 -> VIOLATED : GO);
              i = 0; j = 0
            }
            if
            :: verdict == VIOLATED -> goto violated  /* the handler is missing */
            :: else -> skip
            fi;
            e = handlerFrom[machine];
            do
            :: e + 1 < handlerFrom[machine + 1] -> e++
            :: break
            od;
            if
            :: event[e] == ruleEvent[rule] -> d_step { q = entry[e]; e = 0 }
            :: else -> goto done
            fi
          :: ruleKind[rule] == K_NONE_AFTER_ANSWER || ruleKind[rule] == K_NOTICE_BEFORE_END || ruleKind[rule] == K_ANSWER_OBLIGES ->
            if
            :: start[machine] >= 0 -> q = start[machine]
            :: handlerFrom[machine] < handlerFrom[machine + 1] ->
              e = handlerFrom[machine];
              do
              :: e + 1 < handlerFrom[machine + 1] -> e++
              :: break
              od;
              enterHandler();
              if
              :: verdict == ACCEPT -> goto done
              :: else -> skip
              fi
            :: else -> goto done
            fi
          :: else ->
            if
            :: ruleHeader[rule] && !recorded[machine] -> goto violated  /* the header does not say recording */
            :: else -> skip
            fi;
            if
            :: ruleIfPresent[rule] && !(present[machine] & ruleOwed[rule]) -> goto done  /* no such disclose: nothing owed */
            :: else -> skip
            fi;
            if
            :: start[machine] >= 0 -> q = start[machine]
            :: else -> goto done
            fi
          fi;
        step:
          readState();
          if
          :: verdict == ACCEPT -> goto done
          :: verdict == VIOLATED -> goto violated
          :: else -> skip
          fi;
          if
          :: edgeFrom[q] < edgeFrom[q + 1] ->
            e = edgeFrom[q];
            do
            :: e + 1 < edgeFrom[q + 1] -> e++
            :: break
            od;
            takeEdge()
          :: (ruleKind[rule] == K_NONE_AFTER_ANSWER || ruleKind[rule] == K_NOTICE_BEFORE_END || ruleInterrupts[rule]) && handlerFrom[machine] < handlerFrom[machine + 1] && !(BIT(role[q]) & TERMINAL) ->
            e = handlerFrom[machine];
            do
            :: e + 1 < handlerFrom[machine + 1] -> e++
            :: break
            od;
            enterHandler();
            if
            :: verdict == ACCEPT -> goto done
            :: else -> skip
            fi
          :: else -> goto done
          fi;
          goto step;

        """
}
