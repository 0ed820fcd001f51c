"""Replays conversations on callscript's SCXML export with python-statemachine 3.

Usage: python3 scxml_replay.py TRACES.json

TRACES.json (written by the Swift test SCXMLReplayTests) is a list of
  {"scxml": "file.scxml", "name": "...", "inputs": [{"event": ..., "data": {...}, "states": [...]}],
   "outcome": "end" | null}
where `data` values are Python literals (the export's data model, Docs/exports.md) and
`states` are the machine states callscript's own step function passed for that input, in order.
Each input is sent to the exported chart; the machine states it enters must be exactly those.
Exit status: 0 all agree, 1 a disagreement (printed), 3 python-statemachine is missing.
"""

import ast
import json
import os
import sys

try:
    from statemachine.io import load
except ImportError as error:  # the Swift test turns this into a failure, never a skip
    print(f"python-statemachine is not installed ({error}); pip install 'python-statemachine>=3.2'")
    sys.exit(3)

NOT_MACHINE_STATES = {"dialling", "call"}


class Recorder:
    def __init__(self):
        self.entered = []

    def on_enter_state(self, target, **kwargs):
        self.entered.append(target.id)


def replay(trace, folder):
    # Loaded afresh for each conversation: python-statemachine 3.2 runs a chart class's
    # <datamodel> initialisation for its first instance only.
    chart = load(os.path.join(folder, trace["scxml"]))
    recorder = Recorder()
    machine = chart(listeners=[recorder])
    finals = {s.id for s in machine.states if s.final}
    recorder.entered.clear()
    problems = []
    for number, step in enumerate(trace["inputs"]):
        data = {name: ast.literal_eval(value) for name, value in step.get("data", {}).items()}
        recorder.entered.clear()
        machine.send(step["event"], **data)
        entered = [s for s in recorder.entered if s not in NOT_MACHINE_STATES and s not in finals]
        if entered != step["states"]:
            problems.append(
                f"{trace['name']}: input {number + 1} ({step['event']}): callscript passed "
                f"{step['states']}, the SCXML chart entered {entered} (start data: {trace['inputs'][0].get('data')})"
            )
            break
    if not problems and trace.get("outcome") is not None:
        active = {s.id for s in machine.configuration}
        if trace["outcome"] not in active:
            problems.append(f"{trace['name']}: callscript ended with {trace['outcome']}, the chart is in {sorted(active)}")
    return problems


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        traces = json.load(f)
    folder = os.path.dirname(os.path.abspath(sys.argv[1]))
    problems = []
    for trace in traces:
        problems += replay(trace, folder)
    for p in problems:
        print(p)
    print(f"replayed {len(traces)} conversations, {len(problems)} disagreements")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
