"""Shared helpers of the tests/hf suite (open to tests/hf/trainer too): the environment CTest gives
(tests/hf/CMakeLists.txt, litetune_add_hf_test), the GPT-2 shapes every check runs on, fresh
random models made by transformers, PEFT adapters, runs of litetune-cli and litetune-hf-probe,
and the comparison report (one line per comparison, exit status at the end).

Exit statuses: 0 every comparison within tolerance; 1 a comparison failed or a tool broke;
77 the Python side is missing (a skip, which CI counts as a failure) — never a pass.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
INSTALL_HINT = "run packaging/install-python (pinned torch, transformers, peft, tokenizers, tiktoken in .venv)"

# Tolerances (docs/parity.md). float32: the shared reference README's 1e-4 on O(1) values
# (shared/reference/README.md, "Tolerances for a float32 C++ port"), applied to
# max|d| / max(1, max|ref|): absolute for values up to 1, relative to the tensor's largest
# magnitude above (LoRA hidden states reach a hundred). Gradients span 1e-2 to tens, so for them
# the same 1e-4 is relative to each tensor's largest magnitude (Report.close(relative=True)), with
# a GRAD_FLOOR of absolute slack for a tensor whose gradient is (nearly) zero.
FP32_TOL = 1e-4
GRAD_FLOOR = 1e-9


def skip(message):
    print("SKIP: %s" % message, flush=True)
    sys.exit(SKIP)


def require_modules(*names):
    """Imports `names` (module objects in order); a missing one is a skip naming install-python."""
    modules = []
    for name in names:
        try:
            modules.append(__import__(name))
        except ImportError as e:
            skip("Python module %s is missing (%s); %s" % (name, e, INSTALL_HINT))
    return modules


def env_path(name, what):
    value = os.environ.get(name, "")
    if not value or not os.path.exists(value):
        print("FAIL: %s=%r does not name %s (run through ctest: tests/hf/CMakeLists.txt sets it)"
              % (name, value, what), flush=True)
        sys.exit(1)
    return value


def cli():
    return env_path("LITETUNE_CLI", "litetune-cli")


def probe():
    return env_path("LITETUNE_HF_PROBE", "litetune-hf-probe")


def shared():
    """The shared fixtures folder; missing: a skip, or a failure under LITETUNE_REQUIRE_SHARED=1."""
    value = os.environ.get("LITETUNE_SHARED", "")
    if value and os.path.isdir(os.path.join(value, "reference")) and os.path.isdir(os.path.join(value, "data")):
        return value
    if os.environ.get("LITETUNE_REQUIRE_SHARED") == "1":
        print("FAIL: shared fixtures missing under LITETUNE_SHARED=%r" % value, flush=True)
        sys.exit(1)
    skip("shared fixtures missing under LITETUNE_SHARED=%r" % value)


def setup_torch():
    """torch on one thread: the models are tiny, and LiteTune jobs run beside it (Jobs)."""
    (torch,) = require_modules("torch")
    torch.set_num_threads(1)
    torch.manual_seed(0)
    return torch


def quiet_transformers(transformers):
    """No progress bars or load reports on stderr: the test log holds comparisons only."""
    import warnings
    warnings.filterwarnings("ignore", category=FutureWarning)  # deprecations PEFT triggers in transformers
    transformers.logging.set_verbosity_error()
    try:
        transformers.utils.logging.disable_progress_bar()
    except AttributeError:
        pass


class Jobs:
    """LiteTune programs run in the background, two at a time (their start-up, loading LibTorch,
    dominates these tiny models), while Python computes the references: submit() returns a
    future whose result() is the function's return value or its exception."""

    def __init__(self, workers=2):
        import concurrent.futures
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)

    def submit(self, fn, *args, **kwargs):
        return self.pool.submit(fn, *args, **kwargs)

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


class WorkDir:
    """A temporary folder, removed at exit unless LITETUNE_HF_KEEP=1 (then its path is printed)."""

    def __init__(self, prefix):
        self.path = tempfile.mkdtemp(prefix="litetune-hf-%s-" % prefix)

    def sub(self, *parts):
        return os.path.join(self.path, *parts)

    def close(self):
        if os.environ.get("LITETUNE_HF_KEEP") == "1":
            print("kept %s" % self.path)
        else:
            shutil.rmtree(self.path, ignore_errors=True)


# ------------------------------------------------------------------------------------------------
# Shapes: small GPT-2s covering every config switch LiteTune implements (engine/model/Gpt2.cpp),
# each with pad_token_id set and a right-padded batch of varying lengths. `lora` is the PEFT
# adapter the LoRA checks use (r, lora_alpha, target_modules, use_rslora).

SHAPES = [
    {"name": "gelu_new", "seed": 11,
     "config": dict(layers=2, embd=64, heads=4, vocab=1000, positions=64),
     "lengths": [19, 11, 5, 1],
     "lora": dict(r=4, alpha=8, targets=["c_attn"], rslora=False)},
    {"name": "relu_layer_idx", "seed": 12,
     "config": dict(layers=3, embd=48, heads=3, vocab=1000, positions=64, activation="relu",
                    scale_attn_by_inverse_layer_idx=True, pad=0, eos=999),
     "lengths": [7, 16, 3, 12, 9],
     "lora": dict(r=6, alpha=12, targets=["c_attn", "c_proj", "c_fc"], rslora=True)},
    {"name": "gelu_upcast", "seed": 13,
     "config": dict(layers=2, embd=32, heads=2, vocab=1000, positions=64, activation="gelu",
                    reorder_and_upcast_attn=True, pad=500),
     "lengths": [13, 13, 2],
     "lora": dict(r=2, alpha=3, targets=["c_proj", "c_fc"], rslora=False)},
    {"name": "silu_layer_idx_upcast", "seed": 14,
     "config": dict(layers=3, embd=64, heads=4, vocab=1000, positions=64, activation="silu", inner=96,
                    layer_norm_epsilon=1e-6, scale_attn_by_inverse_layer_idx=True, reorder_and_upcast_attn=True),
     "lengths": [24, 6, 17, 1, 10, 3],
     "lora": dict(r=8, alpha=4, targets=["c_attn", "c_fc"], rslora=True)},
    {"name": "quick_gelu_layer_idx", "seed": 15,
     "config": dict(layers=2, embd=32, heads=4, vocab=1000, positions=64, activation="quick_gelu",
                    scale_attn_by_inverse_layer_idx=True),
     "lengths": [9, 4, 15],
     "lora": dict(r=4, alpha=16, targets=["c_attn", "c_proj"], rslora=False)},
]


def shape_summary(shape):
    c = shape["config"]
    flags = [c.get("activation", "gelu_new")]
    if c.get("scale_attn_by_inverse_layer_idx"):
        flags.append("scale_attn_by_inverse_layer_idx")
    if c.get("reorder_and_upcast_attn"):
        flags.append("reorder_and_upcast_attn")
    return "%s: %d layers, %d wide, %d heads, %s, pad %d, lengths %s" % (
        shape["name"], c["layers"], c["embd"], c["heads"], ", ".join(flags),
        c.get("pad", c["vocab"] - 1), shape["lengths"])


def select_shapes(argv):
    """The shapes named on the command line (all when none)."""
    names = [a for a in argv if not a.startswith("-")]
    chosen = [s for s in SHAPES if not names or s["name"] in names]
    unknown = set(names) - {s["name"] for s in SHAPES}
    if unknown:
        print("FAIL: unknown shape(s) %s; known: %s" % (sorted(unknown), [s["name"] for s in SHAPES]))
        sys.exit(1)
    return chosen


def random_gpt2():
    sys.path.insert(0, HERE)
    import make_random_gpt2
    return make_random_gpt2


def make_model(torch, transformers, folder, shape, tokenizer=False):
    """A fresh random GPT2ForSequenceClassification for `shape`, saved into `folder` with
    save_pretrained(safe_serialization=True); with `tokenizer`, also a byte-level BPE vocabulary
    (vocab.json + merges.txt, <|endoftext|> = the last id) for LiteTune to tokenize with."""
    mrg = random_gpt2()
    config = mrg.gpt2_config(transformers, **shape["config"])
    model = mrg.random_classifier(torch, transformers, config, shape["seed"])
    os.makedirs(folder, exist_ok=True)
    try:
        model.save_pretrained(folder, safe_serialization=True)
    except TypeError:  # transformers versions where safetensors is the only format
        model.save_pretrained(folder)
    if not os.path.isfile(os.path.join(folder, "model.safetensors")):
        raise RuntimeError("save_pretrained wrote no model.safetensors in %s" % folder)
    if tokenizer:
        rows = mrg.tiny_corpus(config.num_labels, 120, shape["seed"])
        vocab, merges = mrg.make_bpe(config.vocab_size, [text for text, _ in rows])
        mrg.write_tokenizer(folder, vocab, merges)
    return folder


def make_batch(shape, labels=5):
    c = shape["config"]
    pad = c.get("pad", c["vocab"] - 1)
    return random_gpt2().make_inputs(shape["lengths"], c["vocab"], pad, labels, shape["seed"])


def without_mask(batch):
    return {k: v for k, v in batch.items() if k != "attention_mask"}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f)
        f.write("\n")
    return path


def litetune_attention(shape):
    """The attention implementation LiteTune's trainer takes for `shape`: the SDPA kernel where its
    LibTorch has one (>= 2.1, the modern flavour) and the model does not ask for
    reorder_and_upcast_attn; the explicit path otherwise (engine/model/Gpt2.cpp)."""
    version = run([cli(), "--version"]).decode("utf-8")
    found = [line.split()[1] for line in version.splitlines() if line.startswith("LibTorch ")]
    if not found:
        raise RuntimeError("litetune-cli --version names no LibTorch version:\n" + version)
    major, minor = (int(part) for part in found[0].split(".")[:2])
    has_sdpa = (major, minor) >= (2, 1)
    return "sdpa" if has_sdpa and not shape["config"].get("reorder_and_upcast_attn") else "eager"


def load_hf(transformers, folder, attn="eager"):
    """GPT2ForSequenceClassification.from_pretrained(folder) in float32, eval mode."""
    model = transformers.GPT2ForSequenceClassification.from_pretrained(folder, attn_implementation=attn)
    return model.float().eval()


def hf_inputs(torch, batch):
    out = {"input_ids": torch.tensor(batch["input_ids"])}
    if "attention_mask" in batch:
        out["attention_mask"] = torch.tensor(batch["attention_mask"])
    if "labels" in batch:
        out["labels"] = torch.tensor(batch["labels"])
    return out


# ------------------------------------------------------------------------------------------------
# PEFT

def peft_file_name(name):
    """PEFT's in-memory parameter name -> its adapter-file key (what LiteTune's probe reports):
    ...lora_A.default.weight -> ...lora_A.weight, score.modules_to_save.default.weight -> score.weight."""
    return name.replace(".modules_to_save.default.", ".").replace(".default.", ".")


def make_peft_adapter(torch, transformers, peft, base_folder, out_folder, lora, seed):
    """A PEFT LoRA adapter for `base_folder` saved with save_pretrained into `out_folder`:
    non-default r/lora_alpha/target_modules/use_rslora from `lora`, modules_to_save ["score"], and
    lora_A, lora_B and the saved score head all random and non-zero (PEFT's init leaves B = 0,
    which would hide a transposed or mis-scaled branch)."""
    base = load_hf(transformers, base_folder)
    config = peft.LoraConfig(task_type="SEQ_CLS", r=lora["r"], lora_alpha=lora["alpha"],
                             target_modules=list(lora["targets"]), lora_dropout=0.0, fan_in_fan_out=True,
                             use_rslora=lora["rslora"], modules_to_save=["score"])
    model = peft.get_peft_model(base, config)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if ".lora_A." in name or ".lora_B." in name:
                p.copy_(torch.randn(p.shape, generator=generator) * 0.2)
            elif ".modules_to_save." in name:
                p.copy_(torch.randn(p.shape, generator=generator) * 0.1)
    model.save_pretrained(out_folder)
    if not os.path.isfile(os.path.join(out_folder, "adapter_model.safetensors")):
        raise RuntimeError("PEFT wrote no adapter_model.safetensors in %s" % out_folder)
    return out_folder


def load_peft(transformers, peft, base_folder, adapter_folder, attn="eager"):
    model = peft.PeftModel.from_pretrained(load_hf(transformers, base_folder, attn), adapter_folder)
    return model.float().eval()


# ------------------------------------------------------------------------------------------------
# LiteTune

def run(args, stdin=None, timeout=120):
    """Runs a LiteTune program on one thread (two run at once beside Python, see Jobs; more
    threads than cores only spin); returns stdout, raising RuntimeError with stderr on failure."""
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run(args, input=stdin, capture_output=True, timeout=timeout, env=env)
    if proc.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(os.path.basename(a) if i == 0 else a
                                                           for i, a in enumerate(args)),
                                                  proc.returncode, proc.stderr.decode("utf-8", "replace").strip()))
    return proc.stdout


def cli_logits(model_folder, input_file, adapter=None):
    """`litetune-cli logits`: {"logits": [[...]], "loss": x}."""
    args = [cli(), "logits", "--model", model_folder, "--input", input_file, "--device", "cpu"]
    if adapter:
        args += ["--adapter", adapter]
    return json.loads(run(args).decode("utf-8"))


def run_probe(np, model_folder, input_file, method, out_file, adapter=None, precision="fp32"):
    """litetune-hf-probe: ({name: float32 array}, header metadata)."""
    args = [probe(), "--model", model_folder, "--input", input_file, "--method", method,
            "--precision", precision, "--out", out_file]
    if adapter:
        args += ["--adapter", adapter]
    run(args)
    from safetensors import safe_open
    with safe_open(out_file, framework="np") as f:
        return {k: f.get_tensor(k) for k in f.keys()}, dict(f.metadata() or {})


# ------------------------------------------------------------------------------------------------
# Comparisons

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


def run_shape_suite(argv, name, title, prepare_shape, check_shape):
    """The main of a per-shape suite: prepare every selected shape (LiteTune jobs start in the
    background), then check each against transformers/PEFT; `title` is formatted with the
    transformers, PEFT and torch versions. Returns the exit status."""
    torch = setup_torch()
    transformers, peft, np = require_modules("transformers", "peft", "numpy")
    quiet_transformers(transformers)
    report = Report(np, "%s: %s" % (name, title % (transformers.__version__, peft.__version__, torch.__version__)))
    work = WorkDir(name.replace("hf_", ""))
    jobs = Jobs()
    try:
        shapes = select_shapes(argv)
        prepared = [prepare_shape(torch, transformers, peft, np, work, jobs, shape) for shape in shapes]
        for shape, job in zip(shapes, prepared):
            check_shape(torch, transformers, peft, np, report, shape, job)
    except Exception:
        traceback.print_exc()
        report.fail(name, "stopped by the exception above")
    finally:
        jobs.close()
        work.close()
    return report.finish()


def prepare_probe_jobs(torch, transformers, peft, np, work, jobs, shape, methods, adapter_seed, precision="fp32"):
    """Writes the shape's model, a PEFT adapter (seed shape seed + adapter_seed) and a batch, and
    starts one probe run per method in the background; returns the job dict check_shape reads."""
    name = shape["name"]
    folder = make_model(torch, transformers, work.sub(name, "model"), shape)
    adapter = make_peft_adapter(torch, transformers, peft, folder, work.sub(name, "adapter"), shape["lora"],
                                shape["seed"] + adapter_seed)
    batch = make_batch(shape)
    path = write_json(work.sub(name, "batch.json"), batch)
    job = {"folder": folder, "adapter": adapter, "batch": batch}
    for method in methods:
        job[method] = jobs.submit(run_probe, np, folder, path, method, work.sub(name, "%s.safetensors" % method),
                                  adapter=adapter if method == "lora" else None, precision=precision)
    return job

