"""What test_trajectory.py and test_metrics.py share: a tiny random GPT-2 made by transformers with
the real GPT-2 vocabulary (both sides then tokenize the same text into the same ids), small CSV
splits, running litetune-cli, and reading its run files.

Exit statuses: 0 every comparison within tolerance, 1 one failed or a tool broke, 77 (CTest's
SKIP_RETURN_CODE) the Python packages or the shared tokenizer are missing: never a pass.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
LABELS = ["amber", "birch", "coral", "dune", "ember"]
PAD_ID = 50256  # GPT-2's <|endoftext|>: the pad token of both sides


def skip(reason):
    print(f"SKIP: {reason}", flush=True)
    sys.exit(SKIP)


def environment():
    """(litetune-cli, the shared GPT-2 tokenizer folder). As in the rest of tests/hf: a missing
    litetune-cli is a failure (CTest always sets LITETUNE_CLI), missing Python packages a skip, and
    missing shared fixtures a skip unless LITETUNE_REQUIRE_SHARED=1."""
    cli = os.environ.get("LITETUNE_CLI", "")
    if not cli or not os.access(cli, os.X_OK):
        print(f"FAIL: LITETUNE_CLI={cli!r} does not name an executable litetune-cli "
              "(run through ctest: tests/hf/CMakeLists.txt sets it)", flush=True)
        sys.exit(1)
    tokenizer = os.path.join(os.environ.get("LITETUNE_SHARED", ""), "reference", "gpt2-tokenizer")
    if not all(os.path.isfile(os.path.join(tokenizer, f)) for f in ("vocab.json", "merges.txt")):
        if os.environ.get("LITETUNE_REQUIRE_SHARED") == "1":
            print(f"FAIL: no GPT-2 tokenizer (vocab.json, merges.txt) at {tokenizer}", flush=True)
            sys.exit(1)
        skip(f"no GPT-2 tokenizer (vocab.json, merges.txt) at {tokenizer}; set LITETUNE_SHARED")
    for module in ("torch", "transformers", "peft", "sklearn", "safetensors"):
        try:
            __import__(module)
        except ImportError as error:
            skip(f"Python module {module} is missing ({error}); run packaging/install-python")
    quiet_transformers()
    return cli, tokenizer


def quiet_transformers():
    """No progress bars or advice on stderr: the comparison lines are the output."""
    import warnings

    import transformers

    warnings.filterwarnings("ignore", category=FutureWarning)  # deprecations inside peft/transformers
    transformers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()


def workdir():
    path = tempfile.mkdtemp(prefix="litetune-hf-trainer-")
    os.environ["LITETUNE_CACHE"] = os.path.join(path, "cache")  # no token cache outside the test
    os.environ["LITETUNE_RUNS"] = os.path.join(path, "runs")
    return path


def cleanup(path):
    shutil.rmtree(path, ignore_errors=True)


def make_model(folder, tokenizer_dir, seed=0, random_biases=True):
    """A random GPT2ForSequenceClassification with 2 layers of width 32 and no dropout, saved as a
    Hugging Face folder with the GPT-2 tokenizer files beside it. Returns the model.

    With random_biases, biases and LayerNorm parameters are random too (N(0, 0.5); LayerNorm weights
    around 1), not transformers' zeros and ones: weight decay wrongly applied to them then moves them
    far enough for the final-weight comparison to see it."""
    import torch
    from transformers import GPT2Config, GPT2ForSequenceClassification

    torch.manual_seed(seed)
    config = GPT2Config(n_layer=2, n_embd=32, n_head=2, n_positions=128, resid_pdrop=0.0, embd_pdrop=0.0,
                        attn_pdrop=0.0, num_labels=len(LABELS), pad_token_id=PAD_ID,
                        id2label=dict(enumerate(LABELS)), label2id={name: i for i, name in enumerate(LABELS)})
    model = GPT2ForSequenceClassification(config)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if random_biases and (name.endswith(".bias") or ".ln_" in name):
                parameter.normal_(1.0 if ".ln_" in name and name.endswith(".weight") else 0.0, 0.5)
    model.save_pretrained(folder)
    for name in ("vocab.json", "merges.txt"):
        shutil.copy(os.path.join(tokenizer_dir, name), folder)
    return model


def tokenizer_of(folder):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    tokenizer.pad_token = tokenizer.eos_token  # id 50256, the config's pad_token_id
    return tokenizer


WORDS = ("river stone quiet lantern orbit maple thunder velvet copper whisper meadow glacier signal harbor "
         "pepper candle violet summit canyon ribbon falcon timber marble breeze cinder puzzle saddle tundra "
         "café naïve jalapeño Zürich smörgåsbord 😀 🌊 42 1984 3.14 don't it's well-known e-mail").split()


def texts(count, seed):
    """`count` distinct texts of 1 to 30 words (some beyond any small max_length), with accents,
    emoji, digits and apostrophes, in a seeded order."""
    import random

    rng = random.Random(seed)
    out = []
    for i in range(count):
        words = [rng.choice(WORDS) for _ in range(1 + (i * 7 + rng.randrange(5)) % 30)]
        out.append(" ".join(words) + f" no{i}")
    return out


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["text", "label"])
        writer.writerows(rows)


def run_cli(cli, *args):
    """Runs litetune-cli; on failure prints its stderr and exits 1."""
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"litetune-cli {' '.join(args)} exited {result.returncode}:\n{result.stderr}", file=sys.stderr)
        sys.exit(1)
    return result


def history_steps(run_dir):
    """history.csv's training rows: [{step, epoch, loss, learning_rate, grad_norm}]."""
    with open(os.path.join(run_dir, "history.csv"), encoding="utf-8") as f:
        rows = [row for row in csv.DictReader(f) if row["loss"]]
    return [{key: (int(row[key]) if key == "step" else float(row[key]))
             for key in ("step", "epoch", "loss", "learning_rate", "grad_norm")} for row in rows]


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def relative(a, b):
    """|a - b| / max(|a|, |b|), 0 when both are 0."""
    scale = max(abs(a), abs(b))
    return abs(a - b) / scale if scale > 0 else 0.0


def finish(work, failures):
    """Removes the work folder and turns the collected failures into the exit status."""
    cleanup(work)
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0

