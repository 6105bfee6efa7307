"""LiteTune's fp16 loss scaler against PyTorch's GradScaler on a scripted run of overflows.

Both start from GradScaler's defaults (init_scale 2**16, growth 2, backoff 0.5, interval 2000).
The script has overflows at the start (backing off several times), isolated ones, a burst, and
clean stretches longer than the growth interval, so growth, reset of the growth count by an
overflow, and back-off all occur. The sequences of (stepped, scale) must be identical.
"""
import os
import subprocess
import sys

import torch

STEPS = 9000
OVERFLOWS = [0, 1, 2, 7, 1999, 2500, 4600, 4601, 4602, 4603, 8990]


def gradscaler_sequence():
    scaler = torch.amp.GradScaler("cpu")
    param = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([param], lr=0.0)
    overflow = set(OVERFLOWS)
    sequence = []
    for step in range(STEPS):
        optimizer.zero_grad()
        scaler.scale((param * 1.0).sum()).backward()
        if step in overflow:
            param.grad.fill_(float("inf"))
        scale_before = scaler.get_scale()
        scaler.step(optimizer)
        scaler.update()
        # GradScaler skips optimizer.step() exactly when it found an inf, which is when it backs off.
        stepped = 0 if scaler.get_scale() < scale_before else 1
        sequence.append((stepped, float(scaler.get_scale())))
    return sequence


def litetune_sequence(probe):
    out = subprocess.run([probe, str(STEPS), ",".join(map(str, OVERFLOWS))], check=True,
                         capture_output=True, text=True).stdout
    return [(int(a), float(b)) for a, b in (line.split() for line in out.splitlines())]


def main():
    probe = os.environ.get("LITETUNE_LOSS_SCALER_PROBE")
    if not probe:
        print("LITETUNE_LOSS_SCALER_PROBE is not set", file=sys.stderr)
        return 1
    expected = gradscaler_sequence()
    actual = litetune_sequence(probe)
    if len(actual) != len(expected):
        print(f"LiteTune printed {len(actual)} steps, expected {len(expected)}", file=sys.stderr)
        return 1
    mismatches = [i for i, (a, e) in enumerate(zip(actual, expected)) if a != e]
    changes = sum(1 for i in range(1, STEPS) if expected[i][1] != expected[i - 1][1])
    print(f"loss scaler: {STEPS} steps, {len(OVERFLOWS)} overflows, {changes} scale changes in GradScaler's "
          f"sequence, final scale {expected[-1][1]:g}; mismatches: {len(mismatches)}")
    for i in mismatches[:5]:
        print(f"  step {i}: LiteTune {actual[i]}, GradScaler {expected[i]}", file=sys.stderr)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
