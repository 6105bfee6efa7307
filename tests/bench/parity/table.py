#!/usr/bin/env python3
"""Collects gpu-check's raw JSON lines and renders its Markdown report (stdlib only).

  table.py add    --raw FILE --name NAME --from PATH   append {"name", "kind": "result", "data": OBJ}
                                                      (PATH: a JSON object, or JSON Lines of which
                                                      the last object is taken)
  table.py note   --raw FILE --name NAME --status S [--kind K] [--seconds X] [--message M]
  table.py env    --raw FILE key=value ...            append {"name": "env", "kind": "env", "data": {...}}
  table.py render --raw FILE                          print the report (Markdown)

Record names gpu-check uses: lt_train_full, lt_train_lora, hf_full, hf_lora (fine-tuning runs),
lt_eval_full, lt_eval_lora (separate LiteTune evaluations, used when a train run's metrics
lack eval figures), lt_bench_train_full, lt_bench_train_lora, lt_bench_eval (bench verbs).
"""

import argparse
import json
import sys

ROWS = [
    # label, key, formatter
    ("train samples/s", "train_samples_per_second", "rate"),
    ("train steps/s", "train_steps_per_second", "rate3"),
    ("eval samples/s", "eval_samples_per_second", "rate"),
    ("peak memory (GiB)", "peak_memory_bytes", "gib"),
    ("final train loss", "train_loss", "loss"),
    ("eval accuracy", "eval_accuracy", "pct"),
]

BENCH_ROWS = [
    ("samples/s", "samples_per_s", "rate"),
    ("tokens/s", "tokens_per_s", "int"),
    ("step ms (median)", "step_ms_median", "rate"),
    ("peak memory (GiB)", "peak_memory_bytes", "gib"),
    ("MFU", "mfu", "pct"),
]


def read_objects(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        return [json.loads(text)]
    except ValueError:
        out = []
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except ValueError:
                    pass
        return out


def append(raw, record):
    with open(raw, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, default=str) + "\n")


def find(obj, key):
    """The value of `key` in a nested JSON object: top level first, then breadth-first."""
    queue = [obj]
    while queue:
        current = queue.pop(0)
        if isinstance(current, dict):
            if key in current and not isinstance(current[key], (dict, list)):
                return current[key]
            queue.extend(v for v in current.values() if isinstance(v, (dict, list)))
        elif isinstance(current, list):
            queue.extend(v for v in current if isinstance(v, (dict, list)))
    return None


def number(value):
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def fmt(value, kind):
    v = number(value)
    if v is None:
        return None
    if kind == "rate":
        return "%.1f" % v
    if kind == "rate3":
        return "%.3f" % v
    if kind == "int":
        return "%.0f" % v
    if kind == "gib":
        return "%.2f" % (v / 2 ** 30)
    if kind == "loss":
        return "%.4f" % v
    if kind == "pct":
        return "%.2f%%" % (100 * v)
    return "%g" % v


def training_rate(metrics, key):
    """LiteTune's train rates over training alone: its train_runtime also holds the evaluation at
    the end of training (the Trainer's, run as hf_reference.py runs it, does not), so the rate is
    recomputed from train_runtime - eval_runtime. None when the metrics lack a figure."""
    if key not in ("train_samples_per_second", "train_steps_per_second"):
        return None
    rate, runtime, evaluation = (number(find(metrics, k)) for k in (key, "train_runtime", "eval_runtime"))
    if rate is None or runtime is None or evaluation is None or not 0 <= evaluation < runtime:
        return None
    return rate * runtime / (runtime - evaluation)


class Report:
    def __init__(self, raw):
        self.records = []
        for obj in read_objects(raw):
            if isinstance(obj, dict):
                self.records.append(obj)

    def result(self, name):
        for r in reversed(self.records):
            if r.get("name") == name and r.get("kind") == "result":
                return r.get("data")
        return None

    def status(self, name):
        for r in reversed(self.records):
            if r.get("name") == name and r.get("kind") == "status":
                return r
        return None

    def env(self):
        merged = {}
        for r in self.records:
            if r.get("kind") == "env":
                merged.update(r.get("data") or {})
        return merged

    def value(self, names, key):
        for name in names:
            data = self.result(name)
            if data is not None:
                v = training_rate(data, key) if name.startswith("lt_train") else None
                if v is None:
                    v = find(data, key)
                if v is not None:
                    return v
        return None

    def missing_text(self, names):
        for name in names:
            s = self.status(name)
            if s is not None:
                return s.get("status", "—")
        return "—"

    def cell(self, names, key, kind):
        v = self.value(names, key)
        text = fmt(v, kind)
        return text if text is not None else self.missing_text(names)

    def ratio(self, names_a, names_b, key):
        a, b = number(self.value(names_a, key)), number(self.value(names_b, key))
        if a is None or b is None or b == 0:
            return "—"
        return "%.2f×" % (a / b)


def render(raw, out):
    rep = Report(raw)
    env = rep.env()
    w = out.write
    mode = env.get("mode", "?")
    w("### gpu-check (%s)\n\n" % mode)
    for key, label in (("machine", "machine"), ("date", "date"), ("command", "command"), ("commit", "commit"),
                       ("litetune", "LiteTune"), ("versions", "Python (HF side)"), ("anchor_matmul", "GPU anchor"),
                       ("settings", "settings")):
        if env.get(key):
            w("- %s: %s\n" % (label, env[key]))
    w("\n")
    lt_full, hf_full = ["lt_train_full", "lt_eval_full"], ["hf_full"]
    lt_lora, hf_lora = ["lt_train_lora", "lt_eval_lora"], ["hf_lora"]
    w("| | LiteTune full | HF full | LiteTune ÷ HF | LiteTune LoRA | HF LoRA | LiteTune ÷ HF |\n")
    w("|---|---|---|---|---|---|---|\n")
    for label, key, kind in ROWS:
        # eval figures: the train run's, else a separate `eval` run's; the rest: the train run's only
        names_full = lt_full if key.startswith("eval_") else lt_full[:1]
        names_lora = lt_lora if key.startswith("eval_") else lt_lora[:1]
        w("| %s | %s | %s | %s | %s | %s | %s |\n" % (
            label,
            rep.cell(names_full, key, kind), rep.cell(hf_full, key, kind), rep.ratio(names_full, hf_full, key),
            rep.cell(names_lora, key, kind), rep.cell(hf_lora, key, kind), rep.ratio(names_lora, hf_lora, key)))
    w("\n")
    if any(rep.result(n) is not None or rep.status(n) is not None
           for n in ("lt_bench_train_full", "lt_bench_train_lora", "lt_bench_eval")):
        w("LiteTune `bench` verbs (random token ids, fixed B×T, no data loading):\n\n")
        w("| | bench train full | bench train LoRA | bench eval |\n|---|---|---|---|\n")
        for label, key, kind in BENCH_ROWS:
            w("| %s | %s | %s | %s |\n" % (label, rep.cell(["lt_bench_train_full"], key, kind),
                                          rep.cell(["lt_bench_train_lora"], key, kind),
                                          rep.cell(["lt_bench_eval"], key, kind)))
        w("\n")
    parity = [r for r in rep.records if r.get("kind") == "parity"]
    notes = [r for r in rep.records if r.get("kind") == "status"]
    if parity or any(n.get("name", "").startswith("parity") for n in notes):
        w("Parity:\n\n")
        for r in parity:
            w("- %s\n" % r.get("line", r.get("name")))
        for n in notes:
            if n.get("name", "").startswith("parity"):
                w("- %s: %s%s\n" % (n["name"], n.get("status"), (": " + n["message"]) if n.get("message") else ""))
        w("\n")
    other = [n for n in notes if not n.get("name", "").startswith("parity")]
    if other:
        w("Failures and caveats:\n\n")
        for n in other:
            w("- %s: %s%s\n" % (n["name"], n.get("status"), (": " + n["message"]) if n.get("message") else ""))
        w("\n")
    phases = [r for r in rep.records if r.get("kind") == "phase"]
    if phases:
        w("Phases: %s\n" % "; ".join("%s %s %.1f s" % (r["name"], r.get("status"), float(r.get("seconds") or 0))
                                      for r in phases))
    hf_notes = []
    for name in ("hf_full", "hf_lora"):
        data = rep.result(name)
        if data:
            for note in data.get("notes") or []:
                hf_notes.append("%s: %s" % (name, note))
    if hf_notes:
        w("\nHF notes:\n\n" + "".join("- %s\n" % n for n in hf_notes))


def main():
    p = argparse.ArgumentParser(description="gpu-check records and report")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("add")
    a.add_argument("--raw", required=True)
    a.add_argument("--name", required=True)
    a.add_argument("--from", dest="source", required=True)
    n = sub.add_parser("note")
    n.add_argument("--raw", required=True)
    n.add_argument("--name", required=True)
    n.add_argument("--status", required=True)
    n.add_argument("--kind", default="status")
    n.add_argument("--seconds", type=float, default=None)
    n.add_argument("--message", default=None)
    e = sub.add_parser("env")
    e.add_argument("--raw", required=True)
    e.add_argument("pairs", nargs="*")
    r = sub.add_parser("render")
    r.add_argument("--raw", required=True)
    args = p.parse_args()

    if args.command == "add":
        try:
            objects = [o for o in read_objects(args.source) if isinstance(o, dict)]
        except OSError as error:
            print("table.py: cannot read %s: %s" % (args.source, error.strerror), file=sys.stderr)
            return 2
        if not objects:
            print("table.py: %s holds no JSON object" % args.source, file=sys.stderr)
            return 2
        append(args.raw, {"name": args.name, "kind": "result", "data": objects[-1]})
    elif args.command == "note":
        record = {"name": args.name, "kind": args.kind, "status": args.status}
        if args.seconds is not None:
            record["seconds"] = round(args.seconds, 1)
        if args.message:
            record["message"] = args.message
        append(args.raw, record)
    elif args.command == "env":
        data = {}
        for pair in args.pairs:
            key, _, value = pair.partition("=")
            data[key] = value
        append(args.raw, {"name": "env", "kind": "env", "data": data})
    else:
        render(args.raw, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
