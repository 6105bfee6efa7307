"""The comparison report of the tests/hf suites (through hf_common): one line per comparison with
its worst absolute and relative difference, the worst per kind, and the exit status at the end;
with the float32 tolerances the comparisons are judged by."""

# Tolerances (docs/parity.md). float32: the shared reference README's 1e-4 on O(1) values
# (shared/reference/README.md, "Tolerances for a float32 C++ port"), applied to
# max|d| / max(1, max|ref|): absolute for values up to 1, relative to the tensor's largest
# magnitude above (LoRA hidden states reach a hundred). Gradients span 1e-2 to tens, so for them
# the same 1e-4 is relative to each tensor's largest magnitude (Report.close(relative=True)), with
# a GRAD_FLOOR of absolute slack for a tensor whose gradient is (nearly) zero.
FP32_TOL = 1e-4
GRAD_FLOOR = 1e-9


class Report:
    """Collects comparisons; each prints one line with its worst absolute and relative difference
    (relative = max|d| / max|ref|), so the figures can be quoted (docs/parity.md)."""

    def __init__(self, np, title):
        self.np = np
        self.failures = []
        self.count = 0
        self.worst = {}
        print("== %s" % title, flush=True)

    def measure(self, got, want, relative=False):
        """((score, max|d|, rel, max|ref|, shape), problem): score = max|d| / max(1, max|ref|), or
        with `relative` (max|d| - GRAD_FLOOR) / max|ref|; the score is what the tolerance bounds."""
        np = self.np
        got = np.asarray(got, dtype=np.float64)
        want = np.asarray(want, dtype=np.float64)
        if got.shape != want.shape:
            return None, "shapes differ: LiteTune %s, reference %s" % (list(got.shape), list(want.shape))
        if not (np.isfinite(got).all() and np.isfinite(want).all()):
            return None, "non-finite values (LiteTune %d, reference %d)" % ((~np.isfinite(got)).sum(),
                                                                           (~np.isfinite(want)).sum())
        diff = float(np.abs(got - want).max()) if got.size else 0.0
        scale = float(np.abs(want).max()) if want.size else 0.0
        rel = diff / scale if scale > 0 else (0.0 if diff == 0 else float("inf"))
        if relative:
            score = max(diff - GRAD_FLOOR, 0.0) / scale if scale > 0 else (0.0 if diff <= GRAD_FLOOR else float("inf"))
        else:
            score = diff / max(1.0, scale)
        shape = "x".join(str(d) for d in got.shape) or "scalar"
        return (score, diff, rel, scale, shape), None

    def close(self, name, got, want, tol=FP32_TOL, kind=None, relative=False):
        """max|got - want| / max(1, max|want|) <= tol; with `relative`, / max|want| (see FP32_TOL)."""
        self.count += 1
        m, problem = self.measure(got, want, relative)
        if m is None:
            self._fail(name, problem)
            return False
        score, diff, rel, scale, shape = m
        ok = score <= tol
        line = "%s %s: max|d| %.2e, rel %.2e (max|ref| %.3g, %s, tol %.0e%s)" % (
            "PASS" if ok else "FAIL", name, diff, rel, scale, shape, tol, " relative" if relative else "")
        print(line, flush=True)
        self.note(kind, diff, rel, name)
        if not ok:
            self.failures.append(line)
        return ok

    def close_all(self, name, pairs, tol=FP32_TOL, kind=None, relative=False):
        """Several tensors ({label: (got, want)}) as one comparison: one line naming the worst;
        every failing tensor gets a line of its own."""
        self.count += 1
        worst = None
        bad = []
        for label, (got, want) in pairs.items():
            m, problem = self.measure(got, want, relative)
            if m is None:
                bad.append("FAIL   %s %s: %s" % (name, label, problem))
                continue
            score, diff, rel, scale, shape = m
            if score > tol:
                bad.append("FAIL   %s %s: max|d| %.2e, rel %.2e (max|ref| %.3g, %s)" % (name, label, diff, rel, scale,
                                                                                     shape))
            if worst is None or score > worst[0]:
                worst = (score, diff, rel, scale, label)
        ok = not bad and worst is not None
        if worst is None:
            line = "FAIL %s: nothing to compare" % name
        else:
            line = "%s %s (%d tensors): worst %s max|d| %.2e, rel %.2e (max|ref| %.3g, tol %.0e%s)" % (
                "PASS" if ok else "FAIL", name, len(pairs), worst[4], worst[1], worst[2], worst[3], tol,
                " relative" if relative else "")
            self.note(kind, worst[1], worst[2], "%s: %s" % (name, worst[4]))
        print(line, flush=True)
        for b in bad:
            print(b, flush=True)
        if not ok:
            self.failures.append(line)
            self.failures.extend(bad)
        return ok

    def note(self, kind, diff, rel, name):
        """Keeps the largest difference per kind for finish(); diff None: a relative figure only."""
        if kind:
            prev = self.worst.get(kind)
            key = (lambda entry: entry[1] if entry[0] is None else entry[0])
            if prev is None or key((diff, rel)) > key(prev):
                self.worst[kind] = (diff, rel, name)

    def differ(self, name, a, b, min_diff):
        """Proves two outputs really differ: max|a - b| >= min_diff."""
        np = self.np
        self.count += 1
        diff = float(np.abs(np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)).max())
        ok = diff >= min_diff
        line = "%s %s: max|d| %.2e (must be >= %.0e: the outputs must differ)" % ("PASS" if ok else "FAIL", name,
                                                                                  diff, min_diff)
        print(line, flush=True)
        if not ok:
            self.failures.append(line)
        return ok

    def verdict(self, name, ok, detail, extra_failures=()):
        """A comparison judged by the caller: one PASS/FAIL line with `detail`, then
        `extra_failures` (one line each) when it failed."""
        self.count += 1
        line = "%s %s: %s" % ("PASS" if ok else "FAIL", name, detail)
        print(line, flush=True)
        if not ok:
            for extra in extra_failures:
                print(extra, flush=True)
            self.failures.append(line)
            self.failures.extend(extra_failures)
        return ok

    def equal(self, name, got, want, detail=""):
        self.count += 1
        ok = got == want
        line = "%s %s%s" % ("PASS" if ok else "FAIL", name, (": " + detail) if detail else "")
        if not ok:
            line += " (LiteTune %s, reference %s)" % (_short(got), _short(want))
        print(line, flush=True)
        if not ok:
            self.failures.append(line)
        return ok

    def _fail(self, name, message):
        line = "FAIL %s: %s" % (name, message)
        print(line, flush=True)
        self.failures.append(line)

    def fail(self, name, message):
        self.count += 1
        self._fail(name, message)

    def finish(self):
        if self.worst:
            print("-- worst per kind:")
            for kind, (diff, rel, name) in sorted(self.worst.items()):
                size = "max|d| %.2e, rel %.2e" % (diff, rel) if diff is not None else "rel %.2e" % rel
                print("   %-30s %s  (%s)" % (kind, size, name))
        print("== %d comparisons, %d failed" % (self.count, len(self.failures)), flush=True)
        for line in self.failures:
            print("   " + line)
        return 1 if self.failures else 0


def _short(value, limit=300):
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."
