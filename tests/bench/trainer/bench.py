#!/usr/bin/env python3
"""Helpers of tests/bench/trainer/run.sh (LiteTune vs the Hugging Face Trainer on the CPU).

  bench.py subset  --data DIR --tokenizer DIR --out DIR --mode uniform|first
                   --max-length T --train N --eval M
      Writes a TweetEval-layout folder (train_text.txt, train_labels.txt, val_text.txt,
      val_labels.txt, mapping.txt) that both `litetune-cli train` and hf_reference.py read.
      uniform: training tweets of at least T GPT-2 tokens (and no "<|endoftext|>", which the two
        sides' data paths treat as a special token), the first N for training and the next M for
        evaluation; truncated to T by both tools, so every batch on both sides is exactly B×T
        tokens and neither the samplers nor dynamic padding can favour a side.
      first: the first N training and first M validation tweets as they are (dynamic padding;
        each side batches in its own order, so the padded tokens per batch differ).
  bench.py measure --rss FILE -- CMD...
      Runs CMD (stdout/stderr inherited), writes {"peak_rss_bytes", "wall_s", "rc"} of that one
      process to FILE (os.wait4's ru_maxrss), exits with CMD's status. Both sides are measured
      by this same wrapper.
  bench.py report  --manifest FILE --batch B --eval-batch E --warmup W --steps N
                   --eval-warmup EW --eval-rows EN [--header KEY=VALUE]...
      Reads the runs listed in FILE (lines: side method round steps eval_rows metrics rss), checks
      that both sides ran the same thing, and prints the Markdown table. Exit 1 when a check fails.

Timing definition (the same for both sides): each side runs every configuration twice, with W
and with W+N optimizer steps (evaluating EW and EW+EN rows at the end), and the figure is
N·B / (train_runtime(W+N) − train_runtime(W)), resp. EN / (eval_runtime(EW+EN) − eval_runtime(EW)),
each runtime being the tool's own: LiteTune's metrics.json and the Trainer's train()/evaluate()
metrics. Model loading, tokenization and process start cancel out or are outside those
runtimes; the first W steps (allocator, optimizer state, thread pools) cancel out. The Trainer's
own train_samples_per_second (the whole of train(), warm-up and set-up included) is not used.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

EOS = "<|endoftext|>"


def fail(message, status=2):
    print("bench.py: %s" % message, file=sys.stderr)
    sys.exit(status)


def read_lines(path):
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        fail("cannot read %s: %s" % (path, e))
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def gpt2_counter(folder):
    """Token counts of the GPT-2 BPE in FOLDER (tokenizers, as tests/bench/tokenizer/anchors.py
    builds it; that benchmark checks it agrees with LiteTune and tiktoken on these tweets)."""
    try:
        from tokenizers import Tokenizer, models, pre_tokenizers
    except ImportError as e:
        fail("%s: the tokenizers package is missing from %s (packaging/install-python)" % (e, sys.executable))
    vocab, merges = os.path.join(folder, "vocab.json"), os.path.join(folder, "merges.txt")
    for path in (vocab, merges):
        if not os.path.isfile(path):
            fail("--tokenizer %s: missing %s" % (folder, os.path.basename(path)))
    tokenizer = Tokenizer(models.BPE.from_file(vocab, merges))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)


def write_split(out, prefix, rows):
    with open(os.path.join(out, prefix + "_text.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(text + "\n" for text, _ in rows)
    with open(os.path.join(out, prefix + "_labels.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(label + "\n" for _, label in rows)


def cmd_subset(args):
    texts = read_lines(os.path.join(args.data, "train_text.txt"))
    labels = read_lines(os.path.join(args.data, "train_labels.txt"))
    if len(texts) != len(labels):
        fail("%s: train_text.txt and train_labels.txt differ in length" % args.data)
    if args.mode == "uniform":
        count = gpt2_counter(args.tokenizer)
        picked = []
        for text, label in zip(texts, labels):
            if EOS not in text and count(text) >= args.max_length:
                picked.append((text, label))
                if len(picked) == args.train + args.eval:
                    break
        if len(picked) < args.train + args.eval:
            fail("only %d training tweets have at least %d tokens; %d are needed (%d train + %d eval rows): "
                 "lower MAX_LEN, STEPS, BATCH or EVAL_ROWS, or use SUBSET=first"
                 % (len(picked), args.max_length, args.train + args.eval, args.train, args.eval))
        train, evaluation = picked[:args.train], picked[args.train:]
    else:
        val_texts = read_lines(os.path.join(args.data, "val_text.txt"))
        val_labels = read_lines(os.path.join(args.data, "val_labels.txt"))
        if len(texts) < args.train or len(val_texts) < args.eval:
            fail("%s has %d training and %d validation tweets; %d and %d are needed"
                 % (args.data, len(texts), len(val_texts), args.train, args.eval))
        train = list(zip(texts, labels))[:args.train]
        evaluation = list(zip(val_texts, val_labels))[:args.eval]
    os.makedirs(args.out, exist_ok=True)
    write_split(args.out, "train", train)
    write_split(args.out, "val", evaluation)
    mapping = os.path.join(args.data, "mapping.txt")
    if not os.path.isfile(mapping):
        fail("%s: no mapping.txt" % args.data)
    with open(mapping, "rb") as src, open(os.path.join(args.out, "mapping.txt"), "wb") as dst:
        dst.write(src.read())
    print(json.dumps({"subset": args.mode, "train": len(train), "eval": len(evaluation),
                      "max_length": args.max_length, "out": args.out}))


def cmd_measure(args):
    command = args.command[1:] if args.command and args.command[0] == "--" else args.command
    if not command:
        fail("measure: no command after --")
    start = time.perf_counter()
    try:
        child = subprocess.Popen(command)
    except OSError as e:
        fail("measure: cannot run %s: %s" % (command[0], e.strerror))
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    result = {"peak_rss_bytes": usage.ru_maxrss * 1024,  # Linux: KiB
              "wall_s": time.perf_counter() - start, "rc": child.returncode}
    with open(args.rss, "w", encoding="utf-8") as f:
        json.dump(result, f)
        f.write("\n")
    rc = child.returncode
    return rc if rc >= 0 else 128 - rc


def last_json(path):
    """The JSON object in PATH, or the last JSON line of it (hf_reference.py's stdout)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        fail("cannot read %s: %s" % (path, e.strerror))
    try:
        return json.loads(text)
    except ValueError:
        for line in reversed(text.splitlines()):
            if line.strip().startswith("{"):
                return json.loads(line)
    fail("%s holds no JSON object" % path)


def cmd_report(args):
    runs = {}
    for number, line in enumerate(open(args.manifest, encoding="utf-8"), 1):
        fields = line.split()
        if len(fields) != 7:
            fail("%s line %d: expected 7 fields" % (args.manifest, number))
        side, method, rnd, steps, eval_rows, metrics, rss = fields
        runs[(side, method, int(rnd), int(steps))] = {"eval_rows": int(eval_rows), "m": last_json(metrics),
                                                     "rss": last_json(rss)["peak_rss_bytes"]}
    header = dict(h.split("=", 1) for h in args.header)
    # the Trainer's side as its own JSON line reports it (no extra torch import here)
    for key, run in sorted(runs.items()):
        if key[0] == "hf" and run["m"].get("versions"):
            v = run["m"]["versions"]
            header["hf"] = "torch %s, transformers %s, peft %s; optimizer %s (the Trainer's default)" % (
                v.get("torch"), v.get("transformers"), v.get("peft", "—"),
                str(run["m"].get("config", {}).get("optim", "?")).replace("OptimizerNames.", "").lower())
            if v.get("peft"):
                break
    W, N, B = args.warmup, args.steps, args.batch
    problems = []
    rounds = sorted({k[2] for k in runs})
    methods = [m for m in ("full", "lora") if any(k[1] == m for k in runs)]
    per_round = []
    figures = {}  # (side, what) -> [per-round values]

    def add(side, what, value):
        figures.setdefault((side, what), []).append(value)

    for rnd in rounds:
        for method in methods:
            for side in ("lt", "hf"):
                short, long_ = runs.get((side, method, rnd, W)), runs.get((side, method, rnd, W + N))
                if short is None or long_ is None:
                    problems.append("round %d %s %s: a run is missing" % (rnd, side, method))
                    continue
                for run, steps, rows in ((short, W, args.eval_warmup), (long_, W + N, args.eval_warmup + args.eval_rows)):
                    m = run["m"]
                    if int(m.get("global_step", -1)) != steps:
                        problems.append("round %d %s %s: global_step %s, expected %d" % (rnd, side, method, m.get("global_step"), steps))
                    if int(m.get("eval_samples", rows)) != rows:
                        problems.append("round %d %s %s: %s eval samples, expected %d" % (rnd, side, method, m.get("eval_samples"), rows))
                # LiteTune's train_runtime holds its end-of-training evaluation (as the Trainer's does
                # for evaluations inside train()); hf_reference.py evaluates after train(), so
                # LiteTune's one evaluation is taken out to time the same work on both sides.
                def train_time(m):
                    return m["train_runtime"] - (m["eval_runtime"] if side == "lt" else 0.0)

                dt = train_time(long_["m"]) - train_time(short["m"])
                de = long_["m"]["eval_runtime"] - short["m"]["eval_runtime"]
                if dt <= 0 or de <= 0:
                    problems.append("round %d %s %s: the longer run was not slower (train %+.4f s, eval %+.4f s): "
                                    "too few STEPS / EVAL_ROWS for this machine's noise" % (rnd, side, method, dt, de))
                    continue
                train_rate, eval_rate = N * B / dt, args.eval_rows / de
                add(side, "train_" + method, train_rate)
                add(side, "eval_" + method, eval_rate)
                add(side, "rss_" + method, long_["rss"])
                per_round.append("round %d, %s, %s: train %.2f samples/s (%d steps in %.3f s), eval %.2f samples/s "
                                 "(%d rows in %.3f s), peak RSS %.0f MiB%s"
                                 % (rnd, method, "LiteTune" if side == "lt" else "Trainer", train_rate, N, dt,
                                    eval_rate, args.eval_rows, de, long_["rss"] / 2 ** 20,
                                    (", in-process callback %.2f samples/s" % long_["m"]["timed_steps"]["train_samples_per_second"])
                                    if "timed_steps" in long_["m"] else ""))
            # the same model on both sides: trainable (and for full, all) parameters must agree
            lt, hf = runs.get(("lt", method, rnd, W + N)), runs.get(("hf", method, rnd, W + N))
            if lt and hf:
                for key in ("trainable_params",) + (("total_params",) if method == "full" else ()):
                    if int(lt["m"].get(key, -1)) != int(hf["m"].get(key, -2)):
                        problems.append("%s: LiteTune has %s %s, the Trainer %s: not the same model"
                                        % (method, key, lt["m"].get(key), hf["m"].get(key)))
                if int(hf["m"].get("threads", -1)) != int(header.get("threads", -1)):
                    problems.append("%s: the Trainer ran with %s threads, not %s" % (method, hf["m"].get("threads"), header.get("threads")))

    def med(side, what):
        values = figures.get((side, what))
        return statistics.median(values) if values else None

    out = sys.stdout.write
    out("### LiteTune vs Hugging Face Trainer, CPU fp32\n\n")
    for key in ("machine", "date", "commit", "litetune", "hf", "model", "data", "settings", "command"):
        if header.get(key):
            out("- %s: %s\n" % (key, header[key]))
    out("- timing: N·B / (runtime(W+N steps) − runtime(W steps)) with W = %d, N = %d; eval: EN / (eval_runtime(EW+EN rows) "
        "− eval_runtime(EW rows)), EW = %d, EN = %d; runtimes are each tool's own (LiteTune metrics.json, Trainer "
        "train()/evaluate() metrics); median over %d round(s), sides alternating\n" % (W, N, args.eval_warmup, args.eval_rows, len(rounds)))
    out("- peak memory: peak RSS of each whole process (os.wait4 ru_maxrss), the W+N run; the Trainer's includes "
        "the Python interpreter, torch and transformers\n\n")
    out("| | LiteTune | Trainer | LiteTune ÷ Trainer | aim |\n|---|---|---|---|---|\n")
    rows = [("train samples/s, full fine-tune (batch %d)" % B, "train_full", 1.3),
            ("train samples/s, LoRA r 8 / alpha 16, c_attn (batch %d)" % B, "train_lora", 1.3),
            ("eval samples/s, full model (eval batch %d)" % args.eval_batch, "eval_full", 1.3),
            ("eval samples/s, base + LoRA adapter (eval batch %d)" % args.eval_batch, "eval_lora", None)]
    verdicts = []
    for label, what, aim in rows:
        a, b = med("lt", what), med("hf", what)
        if a is None or b is None:
            if any(what.endswith(m) for m in methods):
                out("| %s | %s | %s | — | — |\n" % (label, "%.2f" % a if a else "failed", "%.2f" % b if b else "failed"))
            continue
        ratio = a / b
        verdict = "—" if aim is None else "≥ %.1f×: %s" % (aim, "met" if ratio >= aim else "NOT met")
        if aim is not None:
            verdicts.append(ratio >= aim)
        out("| %s | %.2f | %.2f | %.2f× | %s |\n" % (label, a, b, ratio, verdict))
    for method in methods:
        a, b = med("lt", "rss_" + method), med("hf", "rss_" + method)
        if a is not None and b is not None:
            out("| peak RSS, %s run (MiB; lower is better) | %.0f | %.0f | %.2f× | — |\n"
                % ("full" if method == "full" else "LoRA", a / 2 ** 20, b / 2 ** 20, a / b))
    out("\nPer round:\n\n" + "".join("- %s\n" % line for line in per_round))
    if problems:
        out("\nProblems:\n\n" + "".join("- %s\n" % p for p in problems))
        return 1
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("subset")
    s.add_argument("--data", required=True)
    s.add_argument("--tokenizer", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--mode", choices=["uniform", "first"], required=True)
    s.add_argument("--max-length", type=int, required=True)
    s.add_argument("--train", type=int, required=True)
    s.add_argument("--eval", type=int, required=True)
    m = sub.add_parser("measure")
    m.add_argument("--rss", required=True)
    m.add_argument("command", nargs=argparse.REMAINDER)
    r = sub.add_parser("report")
    r.add_argument("--manifest", required=True)
    for name in ("batch", "eval-batch", "warmup", "steps", "eval-warmup", "eval-rows"):
        r.add_argument("--" + name, type=int, required=True)
    r.add_argument("--header", action="append", default=[])
    args = p.parse_args()
    if args.cmd == "subset":
        return cmd_subset(args)
    if args.cmd == "measure":
        return cmd_measure(args)
    return cmd_report(args)


if __name__ == "__main__":
    sys.exit(main() or 0)
