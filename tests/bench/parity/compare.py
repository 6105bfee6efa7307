#!/usr/bin/env python3
"""Compares the logits of two JSON files (stdlib only).

Each file holds a JSON object, or JSON Lines of which the last object that has the key is used
(so captured stdout with other lines works). The key is "logits" unless --key-a/--key-b name
another, dotted for nesting (e.g. "lora.logits" in shared/reference/tiny-gpt2/expected.json).
When both objects carry a scalar "loss" (or the sibling of a dotted key, e.g. "lora.loss"), its
difference is checked against the same tolerance.

Every call names its threshold: --tol X (pass when max|dlogits|, and |dloss| where both carry
a loss, are <= X) or --min-diff X (pass when max|dlogits| >= X); there is no default.

Prints one line:  parity NAME: max|dlogits| = 3.1e-07 over 4x5 (tol 1e-04) ... OK
Exit status: 0 within tolerance; 1 above it (or, with --min-diff, closer than that: used to
show two outputs really differ); 2 unreadable input, shape mismatch or non-finite values.
--record FILE appends the result as a JSON line {"name", "kind": "parity", ...}.
"""

import argparse
import json
import math
import sys


def load(path, key):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise ValueError("cannot read %s: %s" % (path, e.strerror))
    candidates = []
    try:
        candidates.append(json.loads(text))
    except ValueError:
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    candidates.append(json.loads(line))
                except ValueError:
                    pass
    for obj in reversed(candidates):
        value = lookup(obj, key)
        if value is not None:
            return obj, value
    raise ValueError("%s: no JSON object with key %r" % (path, key))


def lookup(obj, dotted):
    for part in dotted.split("."):
        if not isinstance(obj, dict) or part not in obj:
            return None
        obj = obj[part]
    return obj


def sibling_loss(obj, dotted):
    parts = dotted.split(".")
    value = lookup(obj, ".".join(parts[:-1] + ["loss"]))
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def as_matrix(value, path):
    if isinstance(value, list) and value and all(isinstance(v, (int, float)) for v in value):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(row, list) for row in value):
        raise ValueError("%s: logits are not a non-empty list of rows" % path)
    for row in value:
        for v in row:
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                raise ValueError("%s: non-numeric logit %r" % (path, v))
            if not math.isfinite(v):
                raise ValueError("%s: non-finite logit %r" % (path, v))
    return value


def main():
    p = argparse.ArgumentParser(description="max abs difference of two logits JSON files")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--key-a", default="logits")
    p.add_argument("--key-b", default="logits")
    # No default threshold: every comparison states its own (tests/bench/gpu-check's PARITY_TOL).
    p.add_argument("--tol", type=float, default=None,
                   help="pass when max|dlogits| (and |dloss|) <= this; required unless --min-diff")
    p.add_argument("--min-diff", type=float, default=None,
                   help="require max|d| >= this instead (e.g. an adapter must change the logits)")
    p.add_argument("--name", default=None)
    p.add_argument("--record", default=None, help="append a JSON line with the result to this file")
    args = p.parse_args()
    if (args.tol is None) == (args.min_diff is None):
        p.error("give exactly one threshold: --tol (outputs must agree) or --min-diff (outputs must differ)")
    for value in (args.tol, args.min_diff):
        if value is not None and not (math.isfinite(value) and value >= 0):
            p.error("thresholds must be finite and not negative")
    name = args.name or "%s vs %s" % (args.a, args.b)
    result = {"name": name, "kind": "parity", "a": args.a, "b": args.b, "key_a": args.key_a, "key_b": args.key_b}
    status = 0
    try:
        obj_a, la = load(args.a, args.key_a)
        obj_b, lb = load(args.b, args.key_b)
        la, lb = as_matrix(la, args.a), as_matrix(lb, args.b)
        shape_a = [len(la), len(la[0])]
        shape_b = [len(lb), len(lb[0])]
        if any(len(r) != shape_a[1] for r in la) or any(len(r) != shape_b[1] for r in lb) or shape_a != shape_b:
            raise ValueError("shapes differ: %s has %s, %s has %s" % (args.a, shape_a, args.b, shape_b))
        diff = max(abs(x - y) for ra, rb in zip(la, lb) for x, y in zip(ra, rb))
        scale = max(abs(x) for r in lb for x in r)
        result.update({"shape": shape_a, "max_abs_diff": diff, "max_abs_logit": scale})
        loss_a, loss_b = sibling_loss(obj_a, args.key_a), sibling_loss(obj_b, args.key_b)
        loss_text = ""
        loss_diff = None
        if loss_a is not None and loss_b is not None:
            loss_diff = abs(loss_a - loss_b)
            result["loss_abs_diff"] = loss_diff
            loss_text = ", |dloss| = %.2e" % loss_diff
        if args.min_diff is not None:
            ok = diff >= args.min_diff
            result.update({"min_diff": args.min_diff, "ok": ok})
            line = "parity %s: max|dlogits| = %.2e over %dx%d (must be >= %.0e: outputs must differ) %s" % (
                name, diff, shape_a[0], shape_a[1], args.min_diff, "OK" if ok else "FAIL")
        else:
            ok = diff <= args.tol and (loss_diff is None or loss_diff <= args.tol)
            result.update({"tol": args.tol, "ok": ok})
            line = "parity %s: max|dlogits| = %.2e over %dx%d%s (tol %.0e) %s" % (
                name, diff, shape_a[0], shape_a[1], loss_text, args.tol, "OK" if ok else "FAIL")
        print(line)
        result["line"] = line
        status = 0 if ok else 1
    except ValueError as e:
        line = "parity %s: ERROR %s" % (name, e)
        print(line)
        result.update({"ok": False, "error": str(e), "line": line})
        status = 2
    if args.record:
        with open(args.record, "a", encoding="utf-8") as f:
            f.write(json.dumps(result) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
