#!/usr/bin/env python3
"""The Hugging Face side of LiteTune's GPU benchmark: the same fine-tuning run with the
Hugging Face Trainer (full fine-tune) or Trainer + PEFT LoRA, on the same data, batch size,
maximum length, precision, learning rate and seed as a `litetune-cli train` run.

Prints ONE JSON line on stdout: the Trainer's own train metrics (train_runtime,
train_samples_per_second, train_steps_per_second, train_loss), its eval metrics (eval_loss,
eval_runtime, eval_samples_per_second, eval_steps_per_second, plus eval_accuracy and the
weighted eval_f1/eval_precision/eval_recall and eval_f1_macro computed here with numpy), peak
CUDA memory (torch.cuda.max_memory_allocated, train and eval), parameter counts, versions and
the config. Everything else (warnings, Trainer logs) goes to stderr.

No download: the model is a GPT2ForSequenceClassification built from a GPT2Config (default:
the GPT-2 124M shape) or loaded from a local folder (--model, e.g. the folder written by
`litetune-cli init`, so both sides start from the same weights); the tokenizer is built from
vocab.json + merges.txt in --tokenizer DIR. A --model folder that does not load completely
(missing or mismatched tensors, a head for another number of labels) is an error, never
replaced by a random init.

Users: tests/bench/gpu-check (GPU, the Trainer's own figures) and tests/bench/trainer/run.sh
(CPU; --threads, --expect-length and --time-after-steps exist for it). The process's peak RSS
(`peak_rss_bytes`) and torch's thread count after the run (`threads`) are in the JSON line too.

Exit status: 0 success, 2 bad input or missing packages (transformers; peft for --method lora),
1 any other failure.

Example (GPU machine):
  python3 tests/bench/hf_reference.py --data ../shared/data/tweeteval-emoji \
      --tokenizer ../shared/reference/gpt2-tokenizer --method lora --precision bf16 \
      --batch-size 32 --max-length 128 --max-steps 200 --limit-eval 2000
"""

import argparse
import contextlib
import csv
import inspect
import json
import math
import os
import platform
import resource
import sys
import tempfile
import time

EXIT_BAD_INPUT = 2
EXIT_FAILURE = 1
EOS_TOKEN = "<|endoftext|>"


class BadInput(Exception):
    """Input (files, flags, environment) at fault: exit status 2."""


# ----------------------------------------------------------------------------------------------
# Arguments


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Hugging Face Trainer (+ PEFT LoRA) reference run; prints one JSON line.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--data", required=True,
                   help="TweetEval task folder (train_text.txt, train_labels.txt, val_text.txt, val_labels.txt, "
                        "mapping.txt) or a folder with train.csv + validation.csv (columns tweet/text, emoji/label)")
    p.add_argument("--tokenizer", required=True, help="folder with the GPT-2 vocab.json + merges.txt")
    p.add_argument("--model", default=None,
                   help="optional local Hugging Face model folder to start from (e.g. the one `litetune-cli init` "
                        "wrote); default: random init from a GPT2Config with the sizes below")
    p.add_argument("--method", choices=["full", "lora"], default="full")
    p.add_argument("--precision", choices=["bf16", "fp16", "fp32"], default="bf16")
    p.add_argument("--device", choices=["auto", "cuda", "cpu"], default="auto")
    p.add_argument("--attn", "--attn-implementation", dest="attn", choices=["sdpa", "eager"], default="sdpa")
    # model shape (GPT-2 124M by default)
    p.add_argument("--layers", type=int, default=12)
    p.add_argument("--heads", type=int, default=12)
    p.add_argument("--embd", type=int, default=768)
    p.add_argument("--positions", type=int, default=1024)
    p.add_argument("--vocab", type=int, default=50257)
    p.add_argument("--pad-token-id", type=int, default=50256, help="pad = eos, as in the reference experiment")
    # training knobs (Trainer defaults unless stated)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--eval-batch-size", type=int, default=None, help="default: --batch-size")
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--max-steps", type=int, default=-1, help="> 0 overrides --epochs")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--limit-train", type=int, default=0, help="use the first N training rows (0: all)")
    p.add_argument("--limit-eval", type=int, default=0, help="use the first N validation rows (0: all)")
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--weight-decay", type=float, default=0.0)
    p.add_argument("--warmup-steps", type=int, default=0)
    p.add_argument("--max-grad-norm", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--group-by-length", action="store_true", help="Trainer's length-grouped sampler")
    p.add_argument("--pad-to-multiple-of", type=int, default=None)
    p.add_argument("--optim", default=None, help="TrainingArguments.optim (default: the installed Trainer's)")
    p.add_argument("--workers", type=int, default=0, help="dataloader_num_workers")
    p.add_argument("--threads", type=int, default=0,
                   help="torch.set_num_threads(N) before anything runs (0: torch's default); the CPU "
                        "benchmark tests/bench/trainer/run.sh gives LiteTune's --threads value")
    p.add_argument("--expect-length", type=int, default=0,
                   help="fail unless every encoded example has exactly this many tokens (after "
                        "truncation): tests/bench/trainer/run.sh's uniform subset relies on it")
    p.add_argument("--time-after-steps", type=int, default=0,
                   help="also time the optimizer steps after the first N inside the process "
                        "(a TrainerCallback's on_step_end): reported as `timed_steps`")
    # LoRA
    p.add_argument("--lora-r", type=int, default=8)
    p.add_argument("--lora-alpha", type=float, default=16)
    p.add_argument("--lora-dropout", type=float, default=0.1)
    p.add_argument("--lora-targets", default="c_attn", help="comma-separated target module names")
    p.add_argument("--output-json", default=None, help="also write the JSON line to this file")
    args = p.parse_args(argv)
    if args.eval_batch_size is None:
        args.eval_batch_size = args.batch_size
    for name in ("batch_size", "eval_batch_size", "max_length", "layers", "heads", "embd", "positions", "vocab"):
        if getattr(args, name) <= 0:
            raise BadInput("--%s must be positive" % name.replace("_", "-"))
    if args.embd % args.heads:
        raise BadInput("--embd %d is not divisible by --heads %d" % (args.embd, args.heads))
    if args.max_steps <= 0 and args.epochs <= 0:
        raise BadInput("give --max-steps > 0 or --epochs > 0")
    for name in ("threads", "expect_length", "time_after_steps"):
        if getattr(args, name) < 0:
            raise BadInput("--%s must not be negative" % name.replace("_", "-"))
    return args


# ----------------------------------------------------------------------------------------------
# Data (stdlib only, so it can be checked without transformers)


def read_lines(path):
    """Lines of a UTF-8 text file, split on '\\n' only (str.splitlines would also split on
    U+2028, U+0085 and friends, which occur inside tweets)."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise BadInput("cannot read %s: %s" % (path, e.strerror))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadInput("%s is not UTF-8 (byte %d)" % (path, e.start))
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _first_existing(folder, names):
    for name in names:
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            return path
    return None


def load_tweeteval_split(folder, split):
    """(texts, labels) of one TweetEval split; split is 'train' or 'validation'."""
    prefixes = ["train"] if split == "train" else ["val", "validation", "dev"]
    for prefix in prefixes:
        text_path = os.path.join(folder, prefix + "_text.txt")
        label_path = os.path.join(folder, prefix + "_labels.txt")
        if os.path.isfile(text_path) and os.path.isfile(label_path):
            texts = read_lines(text_path)
            labels = []
            for number, line in enumerate(read_lines(label_path), 1):
                try:
                    labels.append(int(line.strip()))
                except ValueError:
                    raise BadInput("%s line %d: label %r is not an integer" % (label_path, number, line))
            if len(texts) != len(labels):
                raise BadInput("%s has %d lines but %s has %d" % (text_path, len(texts), label_path, len(labels)))
            return texts, labels
    raise BadInput("no %s split in %s (expected %s_text.txt and %s_labels.txt)"
                   % (split, folder, prefixes[0], prefixes[0]))


def load_csv_split(path, label_names=None):
    """(texts, label_names_per_row) from a CSV with a header (text: tweet/text/sentence;
    label: emoji/label/labels)."""
    try:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
    except OSError as e:
        raise BadInput("cannot read %s: %s" % (path, e.strerror))
    if not rows:
        raise BadInput("%s is empty" % path)
    header = [h.strip().lower() for h in rows[0]]

    def column(candidates, what):
        for c in candidates:
            if c in header:
                return header.index(c)
        raise BadInput("%s: no %s column (looked for %s)" % (path, what, ", ".join(candidates)))

    ti = column(["tweet", "text", "sentence"], "text")
    li = column(["emoji", "label", "labels"], "label")
    texts, names = [], []
    for number, row in enumerate(rows[1:], 2):
        if len(row) <= max(ti, li):
            raise BadInput("%s line %d: %d fields, expected at least %d" % (path, number, len(row), max(ti, li) + 1))
        texts.append(row[ti])
        names.append(row[li])
    return texts, names


def load_dataset(folder, limit_train, limit_eval):
    """Returns dict(train=(texts, labels), validation=(texts, labels), num_labels, label_names, layout)."""
    if not os.path.isdir(folder):
        raise BadInput("--data %s is not a folder" % folder)
    if os.path.isfile(os.path.join(folder, "train_text.txt")):
        train = load_tweeteval_split(folder, "train")
        validation = load_tweeteval_split(folder, "validation")
        mapping = os.path.join(folder, "mapping.txt")
        label_names = None
        if os.path.isfile(mapping):
            label_names = []
            for line in read_lines(mapping):
                if line.strip():
                    fields = line.split("\t")
                    label_names.append(fields[2].strip("_ ") if len(fields) > 2 else fields[-1])
        num_labels = max(max(train[1]), max(validation[1])) + 1
        if label_names:
            num_labels = max(num_labels, len(label_names))
        layout = "tweeteval"
    else:
        train_path = _first_existing(folder, ["train.csv"])
        val_path = _first_existing(folder, ["validation.csv", "val.csv", "dev.csv"])
        if not train_path or not val_path:
            raise BadInput("%s is neither a TweetEval folder (train_text.txt ...) nor a CSV folder "
                           "(train.csv + validation.csv)" % folder)
        train_texts, train_names = load_csv_split(train_path)
        val_texts, val_names = load_csv_split(val_path)
        label_names = sorted(set(train_names))
        index = {name: i for i, name in enumerate(label_names)}
        unknown = sorted(set(val_names) - set(index))
        if unknown:
            raise BadInput("%s: label %r does not occur in %s" % (val_path, unknown[0], train_path))
        train = (train_texts, [index[n] for n in train_names])
        validation = (val_texts, [index[n] for n in val_names])
        num_labels = len(label_names)
        layout = "csv"
    if limit_train > 0:
        train = (train[0][:limit_train], train[1][:limit_train])
    if limit_eval > 0:
        validation = (validation[0][:limit_eval], validation[1][:limit_eval])
    if not train[0] or not validation[0]:
        raise BadInput("%s: empty train or validation split" % folder)
    for split_labels in (train[1], validation[1]):
        bad = [y for y in split_labels if y < 0 or y >= num_labels]
        if bad:
            raise BadInput("%s: label %d out of range 0..%d" % (folder, bad[0], num_labels - 1))
    return {"train": train, "validation": validation, "num_labels": num_labels,
            "label_names": label_names, "layout": layout}


# ----------------------------------------------------------------------------------------------
# Metrics (numpy only; the definitions of scikit-learn's accuracy_score and
# precision_recall_fscore_support with average="weighted"/"macro", zero_division=0)


def classification_metrics(predictions, labels):
    import numpy as np

    predictions = np.asarray(predictions).reshape(-1).astype(np.int64)
    labels = np.asarray(labels).reshape(-1).astype(np.int64)
    n = labels.shape[0]
    result = {"accuracy": float((predictions == labels).mean()) if n else 0.0}
    classes = np.union1d(np.unique(labels), np.unique(predictions))
    precision, recall, f1, support = [], [], [], []
    for c in classes:
        tp = float(np.sum((predictions == c) & (labels == c)))
        pred_c = float(np.sum(predictions == c))
        true_c = float(np.sum(labels == c))
        p = tp / pred_c if pred_c else 0.0
        r = tp / true_c if true_c else 0.0
        precision.append(p)
        recall.append(r)
        f1.append(2 * p * r / (p + r) if (p + r) else 0.0)
        support.append(true_c)
    precision, recall, f1, support = (np.array(v, dtype=np.float64) for v in (precision, recall, f1, support))
    total = support.sum()
    weights = support / total if total else np.zeros_like(support)
    result["precision"] = float((precision * weights).sum())
    result["recall"] = float((recall * weights).sum())
    result["f1"] = float((f1 * weights).sum())
    result["f1_macro"] = float(f1.mean()) if f1.size else 0.0
    return result


def compute_metrics(eval_prediction):
    import numpy as np

    logits = eval_prediction.predictions
    if isinstance(logits, (tuple, list)):
        logits = logits[0]
    if eval_prediction.label_ids is None:
        return {}
    return classification_metrics(np.asarray(logits).argmax(axis=-1), eval_prediction.label_ids)


# ----------------------------------------------------------------------------------------------
# transformers / peft, defensively across versions (4.3x ... 5.x)


def import_packages(method):
    try:
        import numpy  # noqa: F401
        import torch
        import transformers
    except ImportError as e:
        raise BadInput("%s. This reference needs torch, numpy and transformers (and peft for --method lora) "
                       "in %s; the GPU machine's python3 has them." % (e, sys.executable))
    peft = None
    if method == "lora":
        try:
            import peft
        except ImportError as e:
            raise BadInput("%s. --method lora needs the peft package in %s." % (e, sys.executable))
    return torch, transformers, peft


def build_tokenizer(transformers, folder):
    vocab = os.path.join(folder, "vocab.json")
    merges = os.path.join(folder, "merges.txt")
    for path in (vocab, merges):
        if not os.path.isfile(path):
            raise BadInput("--tokenizer %s: missing %s" % (folder, os.path.basename(path)))
    with open(vocab, encoding="utf-8") as f:
        vocab_map = json.load(f)

    def gpt2_fast():
        return transformers.GPT2TokenizerFast(vocab_file=vocab, merges_file=merges)

    def gpt2_plain():
        return transformers.GPT2Tokenizer(vocab_file=vocab, merges_file=merges)

    def from_tokenizers_library():
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers
        backend = Tokenizer(models.BPE.from_file(vocab, merges))
        backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        backend.decoder = decoders.ByteLevel()
        cls = getattr(transformers, "PreTrainedTokenizerFast", None) or getattr(transformers, "TokenizersBackend")
        return cls(tokenizer_object=backend, eos_token=EOS_TOKEN, bos_token=EOS_TOKEN, unk_token=EOS_TOKEN)

    errors = []
    for name, make in (("GPT2TokenizerFast", gpt2_fast), ("GPT2Tokenizer", gpt2_plain),
                       ("tokenizers BPE.from_file", from_tokenizers_library)):
        try:
            tokenizer = make()
            # GPT-2's own vocabulary: check a known encoding ("Hello world" -> 15496, 995).
            if vocab_map.get("Hello") == 15496:
                ids = tokenizer("Hello world", add_special_tokens=False)["input_ids"]
                if list(ids) != [15496, 995]:
                    raise ValueError("encodes 'Hello world' as %s, expected [15496, 995]" % list(ids))
            if tokenizer.eos_token is None and EOS_TOKEN in vocab_map:
                tokenizer.eos_token = EOS_TOKEN
            tokenizer.pad_token = tokenizer.eos_token
            tokenizer.padding_side = "right"
            return tokenizer, name
        except Exception as e:  # try the next construction
            errors.append("%s: %s" % (name, e))
    raise BadInput("cannot build a GPT-2 tokenizer from %s (%s)" % (folder, "; ".join(errors)))


def attn_of(model):
    config = getattr(model, "config", None)
    return getattr(config, "_attn_implementation", None) or getattr(config, "attn_implementation", None)


def _with_attn(make, attn, notes):
    """make(**kwargs) with attn_implementation=attn; versions that do not know the keyword or
    the implementation for GPT-2 get a second call without it (noted)."""
    try:
        return make(attn_implementation=attn)
    except (TypeError, ValueError) as e:
        text = str(e).lower()
        if "attn" not in text and "attention" not in text and "sdpa" not in text and "unexpected keyword" not in text:
            raise
        notes.append("attn_implementation=%s refused (%s); default attention used" % (attn, str(e).splitlines()[0][:200]))
        return make()


def build_model(torch, transformers, args, num_labels, notes):
    """--model DIR: exactly those weights, or an error. A model that fails to load, or whose
    classification head does not fit the data's labels, is never replaced by a random init:
    the comparison is only meaningful when both sides start from the same weights."""
    cls = transformers.GPT2ForSequenceClassification
    model = None
    source = "config"
    if args.model:
        config_path = os.path.join(args.model, "config.json")
        if not os.path.isfile(config_path):
            raise BadInput("--model %s: no config.json (a Hugging Face model folder is needed)" % args.model)
        with open(config_path, encoding="utf-8") as f:
            stored = json.load(f)
        stored_labels = len(stored.get("id2label") or {}) or stored.get("num_labels")
        if stored_labels and int(stored_labels) != num_labels:
            raise BadInput("--model %s has %s labels but the data has %d; the head would be re-initialised at random"
                           % (args.model, stored_labels, num_labels))
        try:
            model, info = _with_attn(lambda **extra: cls.from_pretrained(
                args.model, num_labels=num_labels, local_files_only=True, output_loading_info=True, **extra),
                args.attn, notes)
        except Exception as e:
            first = str(e).splitlines()[0][:300] if str(e) else ""
            raise BadInput("cannot load --model %s (%s: %s)" % (args.model, type(e).__name__, first))
        # from_pretrained initialises missing or mismatched tensors at random with only a warning.
        bad = {k: list(info.get(k) or []) for k in ("missing_keys", "mismatched_keys")}
        if any(bad.values()):
            raise BadInput("--model %s does not hold every weight of a GPT2ForSequenceClassification "
                           "(these would be random): %s" % (args.model, json.dumps(bad, default=str)[:600]))
        if info.get("unexpected_keys"):
            notes.append("unused tensors in --model: %s" % sorted(info["unexpected_keys"])[:10])
        source = "pretrained:" + os.path.abspath(args.model)
    if model is None:
        config = transformers.GPT2Config(
            vocab_size=args.vocab, n_positions=args.positions, n_embd=args.embd, n_layer=args.layers,
            n_head=args.heads, num_labels=num_labels, pad_token_id=args.pad_token_id,
            bos_token_id=args.pad_token_id, eos_token_id=args.pad_token_id, use_cache=False)

        def create(**extra):
            try:
                return transformers.AutoModelForSequenceClassification.from_config(config, **extra)
            except TypeError:
                if extra:
                    config._attn_implementation = extra["attn_implementation"]
                return cls(config)

        model = _with_attn(create, args.attn, notes)
    model.config.pad_token_id = args.pad_token_id
    model.config.use_cache = False
    if attn_of(model) != args.attn:
        notes.append("attention implementation in use: %s (asked for %s)" % (attn_of(model), args.attn))
    model = model.float()  # fp32 master weights; bf16/fp16 come from the Trainer's autocast
    return model, source


def training_arguments(transformers, args, output_dir, device, notes):
    TrainingArguments = transformers.TrainingArguments
    supported = set(inspect.signature(TrainingArguments.__init__).parameters)
    wanted = {
        "output_dir": output_dir,
        "per_device_train_batch_size": args.batch_size,
        "per_device_eval_batch_size": args.eval_batch_size,
        "learning_rate": args.lr,
        "weight_decay": args.weight_decay,
        "max_grad_norm": args.max_grad_norm,
        "warmup_steps": args.warmup_steps,
        "num_train_epochs": args.epochs if args.epochs > 0 else 1.0,
        "max_steps": args.max_steps if args.max_steps > 0 else -1,
        "seed": args.seed,
        "bf16": args.precision == "bf16",
        "fp16": args.precision == "fp16",
        "report_to": "none",
        "logging_strategy": "no",
        "save_strategy": "no",
        "disable_tqdm": True,
        "label_names": ["labels"],
        "remove_unused_columns": False,
        "dataloader_num_workers": args.workers,
    }
    # evaluation_strategy was renamed eval_strategy (4.41) and later removed.
    if "eval_strategy" in supported:
        wanted["eval_strategy"] = "no"
    elif "evaluation_strategy" in supported:
        wanted["evaluation_strategy"] = "no"
    # group_by_length became train_sampling_strategy="group_by_length" (transformers 5); asked for
    # and not available is an error, not a silent default (the batches' padding would differ).
    if args.group_by_length:
        if "train_sampling_strategy" in supported:
            wanted["train_sampling_strategy"] = "group_by_length"
        elif "group_by_length" in supported:
            wanted["group_by_length"] = True
        else:
            raise BadInput("--group-by-length: this transformers' TrainingArguments has neither "
                           "train_sampling_strategy nor group_by_length")
    if args.optim:
        wanted["optim"] = args.optim
    if device == "cpu":
        if "use_cpu" in supported:
            wanted["use_cpu"] = True
        elif "no_cuda" in supported:
            wanted["no_cuda"] = True
    kwargs = {}
    for key, value in wanted.items():
        if key in supported:
            kwargs[key] = value
        elif key not in ("disable_tqdm", "remove_unused_columns", "dataloader_num_workers"):
            notes.append("TrainingArguments has no %s; left at its default" % key)
    return TrainingArguments(**kwargs)


def make_trainer(transformers, model, training_args, train_dataset, eval_dataset, collator, tokenizer):
    Trainer = transformers.Trainer
    supported = set(inspect.signature(Trainer.__init__).parameters)
    kwargs = {"model": model, "args": training_args, "train_dataset": train_dataset,
              "eval_dataset": eval_dataset, "data_collator": collator, "compute_metrics": compute_metrics}
    # `tokenizer` was renamed `processing_class` (4.46) and later removed.
    if "processing_class" in supported:
        kwargs["processing_class"] = tokenizer
    elif "tokenizer" in supported:
        kwargs["tokenizer"] = tokenizer
    return Trainer(**kwargs)


def versions(torch, transformers, peft):
    out = {"python": platform.python_version(), "torch": torch.__version__, "transformers": transformers.__version__}
    if peft is not None:
        out["peft"] = peft.__version__
    try:
        import tokenizers
        out["tokenizers"] = tokenizers.__version__
    except Exception:
        pass
    if torch.cuda.is_available():
        out["cuda"] = torch.version.cuda
        out["gpu"] = torch.cuda.get_device_name(0)
    return out


# ----------------------------------------------------------------------------------------------


def run(args):
    torch, transformers, peft = import_packages(args.method)
    notes = []
    if args.device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    else:
        device = args.device
    if device == "cuda" and not torch.cuda.is_available():
        raise BadInput("--device cuda but torch %s sees no CUDA device" % torch.__version__)
    if device == "cpu" and args.precision == "fp16":
        raise BadInput("--precision fp16 needs --device cuda")
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    try:
        transformers.logging.set_verbosity_error()
    except Exception:
        pass

    timings = {}
    t0 = time.perf_counter()
    data = load_dataset(args.data, args.limit_train, args.limit_eval)
    tokenizer, tokenizer_kind = build_tokenizer(transformers, args.tokenizer)

    def encode(texts, labels):
        enc = tokenizer(texts, add_special_tokens=False, truncation=True, max_length=args.max_length)
        return [{"input_ids": ids, "attention_mask": mask, "labels": int(y)}
                for ids, mask, y in zip(enc["input_ids"], enc["attention_mask"], labels)]

    train_items = encode(*data["train"])
    eval_items = encode(*data["validation"])
    timings["data_and_tokenize_s"] = round(time.perf_counter() - t0, 4)
    empty = sum(1 for item in train_items + eval_items if not item["input_ids"])
    if empty:
        raise BadInput("%s: %d texts encode to no tokens" % (args.data, empty))
    if args.expect_length:
        off = [len(item["input_ids"]) for item in train_items + eval_items
               if len(item["input_ids"]) != args.expect_length]
        if off:
            raise BadInput("%s: %d examples do not encode to exactly %d tokens (e.g. %d)"
                           % (args.data, len(off), args.expect_length, off[0]))

    class ListDataset(torch.utils.data.Dataset):
        def __init__(self, items):
            self.items = items

        def __len__(self):
            return len(self.items)

        def __getitem__(self, index):
            return self.items[index]

    transformers.set_seed(args.seed)
    t0 = time.perf_counter()
    model, model_source = build_model(torch, transformers, args, data["num_labels"], notes)
    total_params = sum(p.numel() for p in model.parameters())
    if args.method == "lora":
        targets = [t.strip() for t in args.lora_targets.split(",") if t.strip()]
        lora_config = peft.LoraConfig(task_type=peft.TaskType.SEQ_CLS, r=args.lora_r, lora_alpha=args.lora_alpha,
                                      lora_dropout=args.lora_dropout, target_modules=targets,
                                      fan_in_fan_out=True, bias="none")
        model = peft.get_peft_model(model, lora_config)
    trainable_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    timings["model_build_s"] = round(time.perf_counter() - t0, 4)

    collator = transformers.DataCollatorWithPadding(tokenizer=tokenizer, padding="longest",
                                                    pad_to_multiple_of=args.pad_to_multiple_of)
    cuda = device == "cuda"
    with tempfile.TemporaryDirectory(prefix="hf_reference.") as output_dir:
        training_args = training_arguments(transformers, args, output_dir, device, notes)
        trainer = make_trainer(transformers, model, training_args, ListDataset(train_items),
                               ListDataset(eval_items), collator, tokenizer)
        step_ends = []
        if args.time_after_steps:
            class StepClock(transformers.TrainerCallback):
                def on_step_end(self, *unused, **unused_kw):
                    if cuda:
                        torch.cuda.synchronize()
                    step_ends.append(time.perf_counter())

            trainer.add_callback(StepClock())
        if cuda:
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
        train_output = trainer.train()
        train_peak = torch.cuda.max_memory_allocated() if cuda else None
        if cuda:
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
        eval_metrics = trainer.evaluate()
        eval_peak = torch.cuda.max_memory_allocated() if cuda else None
        optim = str(getattr(training_args, "optim", ""))

    result = {"tool": "hf_reference", "method": args.method}
    train_metrics = dict(getattr(train_output, "metrics", None) or {})
    for key in ("train_runtime", "train_samples_per_second", "train_steps_per_second", "train_loss", "total_flos",
                "epoch"):
        if key in train_metrics:
            result[key] = train_metrics[key]
    if "train_loss" not in result and getattr(train_output, "training_loss", None) is not None:
        result["train_loss"] = train_output.training_loss
    result["global_step"] = getattr(train_output, "global_step", None)
    for key, value in eval_metrics.items():
        if key.startswith("eval_"):
            result[key] = value
    if args.time_after_steps:
        w = args.time_after_steps
        if len(step_ends) <= w:
            raise BadInput("--time-after-steps %d: only %d steps ran" % (w, len(step_ends)))
        seconds = step_ends[-1] - step_ends[w - 1]
        steps = len(step_ends) - w
        result["timed_steps"] = {"after_step": w, "steps": steps, "seconds": seconds,
                                 "train_samples_per_second": steps * args.batch_size / seconds,
                                 "definition": "wall time from the end of step %d to the end of the last step "
                                               "(TrainerCallback.on_step_end)" % w}
    result["peak_memory_bytes"] = max(train_peak or 0, eval_peak or 0) if cuda else None
    # The whole process (interpreter, torch, transformers included), as the CPU benchmark's
    # wrapper measures it for both sides; Linux reports ru_maxrss in KiB.
    result["peak_rss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    result["threads"] = torch.get_num_threads()
    result["train_peak_memory_bytes"] = train_peak
    result["eval_peak_memory_bytes"] = eval_peak
    result["trainable_params"] = trainable_params
    result["total_params"] = total_params
    result["train_samples"] = len(train_items)
    result["eval_samples"] = len(eval_items)
    result["timings"] = timings
    result["config"] = {
        "data": os.path.abspath(args.data), "data_layout": data["layout"], "num_labels": data["num_labels"],
        "tokenizer": os.path.abspath(args.tokenizer), "tokenizer_class": type(tokenizer).__name__,
        "tokenizer_built_by": tokenizer_kind, "model_source": model_source,
        "layers": model_shape(model, "n_layer", args.layers), "heads": model_shape(model, "n_head", args.heads),
        "embd": model_shape(model, "n_embd", args.embd), "positions": model_shape(model, "n_positions", args.positions),
        "vocab": model_shape(model, "vocab_size", args.vocab), "pad_token_id": args.pad_token_id,
        "attn_implementation": attn_of(model), "device": device, "precision": args.precision,
        "batch_size": args.batch_size, "eval_batch_size": args.eval_batch_size, "max_length": args.max_length,
        "max_steps": args.max_steps, "epochs": args.epochs, "limit_train": args.limit_train,
        "limit_eval": args.limit_eval, "lr": args.lr, "weight_decay": args.weight_decay,
        "warmup_steps": args.warmup_steps, "max_grad_norm": args.max_grad_norm, "seed": args.seed,
        "group_by_length": args.group_by_length, "padding": "dynamic (DataCollatorWithPadding, longest)",
        "pad_to_multiple_of": args.pad_to_multiple_of, "optim": optim, "dataloader_num_workers": args.workers,
    }
    if args.method == "lora":
        result["config"].update({"lora_r": args.lora_r, "lora_alpha": args.lora_alpha,
                                 "lora_dropout": args.lora_dropout, "lora_targets": args.lora_targets,
                                 "fan_in_fan_out": True})
    result["versions"] = versions(torch, transformers, peft)
    result["notes"] = notes
    return result


def model_shape(model, attribute, fallback):
    config = getattr(model, "config", None)
    if config is None and hasattr(model, "get_base_model"):
        config = model.get_base_model().config
    return getattr(config, attribute, fallback)


def main(argv=None):
    real_stdout = sys.stdout
    try:
        args = parse_args(argv)
        # The Trainer prints its log dicts with print(); keep stdout for the one JSON line.
        with contextlib.redirect_stdout(sys.stderr):
            result = run(args)
    except BadInput as e:
        print("hf_reference.py: %s" % e, file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        raise
    except Exception as e:
        import traceback
        traceback.print_exc()
        print("hf_reference.py: failed: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        return EXIT_FAILURE
    line = json.dumps(result, sort_keys=False, default=str)
    print(line, file=real_stdout)
    real_stdout.flush()
    if args.output_json:
        with open(args.output_json, "w", encoding="utf-8") as f:
            f.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
