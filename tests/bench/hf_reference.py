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

Its parts sit beside it and are imported from the script's own folder, so run it by path:
hf_reference_data.py (reading the data), hf_reference_metrics.py (accuracy and F1) and
hf_reference_transformers.py (tokenizer, model, TrainingArguments and Trainer across versions).

Example (GPU machine):
  python3 tests/bench/hf_reference.py --data ../shared/data/tweeteval-emoji \
      --tokenizer ../shared/reference/gpt2-tokenizer --method lora --precision bf16 \
      --batch-size 32 --max-length 128 --max-steps 200 --limit-eval 2000
"""

import argparse
import contextlib
import json
import os
import resource
import sys
import tempfile
import time

from hf_reference_data import BadInput, load_dataset
from hf_reference_transformers import (attn_of, build_model, build_tokenizer, import_packages, make_trainer,
                                       training_arguments, versions)

EXIT_BAD_INPUT = 2
EXIT_FAILURE = 1


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
