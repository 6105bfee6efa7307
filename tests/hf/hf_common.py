"""Shared helpers of the tests/hf suite (open to tests/hf/trainer too): the environment CTest gives
(tests/hf/CMakeLists.txt, litetune_add_hf_test), runs of litetune-cli and litetune-hf-probe, and
the main of a per-shape suite. The suites reach everything as hf_common.<name>: the GPT-2 shapes,
random models and PEFT adapters (hf_models.py) and the comparison report with its tolerances
(hf_report.py) are imported here under their own names.

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

# Re-exported: the suites use hc.<name> for these too.
from hf_models import (SHAPES, hf_inputs, load_hf, load_peft, make_batch, make_model,  # noqa: F401
                       make_peft_adapter, peft_file_name, random_gpt2, select_shapes, shape_summary,
                       without_mask)
from hf_report import FP32_TOL, GRAD_FLOOR, Report  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
INSTALL_HINT = "run packaging/install-python (pinned torch, transformers, peft, tokenizers, tiktoken in .venv)"


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


def run_checks(name, title, body):
    """The main of a suite: `body(torch, transformers, peft, np, report, work)` runs its checks in a
    temporary folder; `title` is formatted with the transformers, PEFT and torch versions. An
    exception stops the suite as a failure. Returns the exit status."""
    torch = setup_torch()
    transformers, peft, np = require_modules("transformers", "peft", "numpy")
    quiet_transformers(transformers)
    report = Report(np, "%s: %s" % (name, title % (transformers.__version__, peft.__version__, torch.__version__)))
    work = WorkDir(name.replace("hf_", ""))
    try:
        body(torch, transformers, peft, np, report, work)
    except Exception:
        traceback.print_exc()
        report.fail(name, "stopped by the exception above")
    finally:
        work.close()
    return report.finish()


def run_shape_suite(argv, name, title, prepare_shape, check_shape):
    """The main of a per-shape suite (run_checks): prepare every selected shape (LiteTune jobs
    start in the background), then check each against transformers/PEFT."""
    def body(torch, transformers, peft, np, report, work):
        jobs = Jobs()
        try:
            shapes = select_shapes(argv)
            prepared = [prepare_shape(torch, transformers, peft, np, work, jobs, shape) for shape in shapes]
            for shape, job in zip(shapes, prepared):
                check_shape(torch, transformers, peft, np, report, shape, job)
        finally:
            jobs.close()
    return run_checks(name, title, body)


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

