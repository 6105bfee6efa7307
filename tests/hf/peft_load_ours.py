#!/usr/bin/env python3
"""Loads a LoRA adapter written by LiteTune (`litetune-cli train --method lora --out RUN`,
folder RUN/adapter: adapter_config.json + adapter_model.safetensors) with PEFT's
PeftModel.from_pretrained on top of a Hugging Face base model folder, runs the batch of a
the man page (packaging/litetune-cli.1) `logits` input file, and prints {"logits": [[...]], "loss": ...} as one JSON line.

It also checks that PEFT consumed the adapter file exactly: PEFT loads adapters with
strict=False and silently ignores tensors it has no place for, so the script compares the
key set and values of the file with get_peft_model_state_dict() of the loaded model and
exits 1 (after printing the JSON) when they differ.

Runs with float32, eval mode, eager attention, on --device (default cpu, deterministic).
Exit status: 0 ok, 1 key/value mismatch or failure, 2 bad input or missing packages.
"""

import argparse
import json
import os
import sys


def fail(message, status=2):
    print("peft_load_ours.py: %s" % message, file=sys.stderr)
    sys.exit(status)


def load_adapter_file(folder, torch):
    path = os.path.join(folder, "adapter_model.safetensors")
    if os.path.isfile(path):
        from safetensors.torch import load_file
        return load_file(path), path
    path = os.path.join(folder, "adapter_model.bin")
    if os.path.isfile(path):
        return torch.load(path, map_location="cpu"), path
    fail("%s holds neither adapter_model.safetensors nor adapter_model.bin" % folder)


def adapter_key_check(torch, peft, model, folder):
    """Did PEFT take every tensor of the adapter file in `folder`, and only those, with their
    values? PEFT loads with strict=False, so this is the only way to know. Returns a dict whose
    "ok" says so; also used by tests/hf/test_adapters.py."""
    file_tensors, file_path = load_adapter_file(folder, torch)
    loaded = peft.get_peft_model_state_dict(model)
    missing = sorted(set(loaded) - set(file_tensors))
    unexpected = sorted(set(file_tensors) - set(loaded))
    value_diff = 0.0
    for key in sorted(set(loaded) & set(file_tensors)):
        a = loaded[key].detach().float().cpu()
        b = file_tensors[key].detach().float().cpu()
        if a.shape != b.shape:
            unexpected.append("%s (shape %s in file, %s in model)" % (key, list(b.shape), list(a.shape)))
            continue
        value_diff = max(value_diff, float((a - b).abs().max()) if a.numel() else 0.0)
    key_check = {"file": file_path, "tensors_in_file": len(file_tensors), "tensors_in_model": len(loaded),
                 "missing_in_file": missing, "not_used_by_peft": unexpected, "max_abs_value_diff": value_diff}
    key_check["ok"] = not missing and not unexpected and value_diff == 0.0
    return key_check


def main():
    p = argparse.ArgumentParser(description="PEFT loads LiteTune's adapter; prints logits JSON.")
    p.add_argument("--base", required=True, help="Hugging Face model folder the adapter was trained on")
    p.add_argument("--adapter", required=True, help="PEFT adapter folder written by LiteTune (RUN/adapter)")
    p.add_argument("--input", required=True, help="the man page (packaging/litetune-cli.1) logits input JSON (input_ids, attention_mask, labels)")
    p.add_argument("--device", default="cpu")
    p.add_argument("--attn", default="eager", choices=["eager", "sdpa"])
    args = p.parse_args()
    try:
        import torch
        import transformers
        import peft
    except ImportError as e:
        fail("%s (needs torch, transformers and peft; the GPU machine's python3 has them)" % e)
    for path in (os.path.join(args.adapter, "adapter_config.json"), args.input,
                 os.path.join(args.base, "config.json")):
        if not os.path.isfile(path):
            fail("missing %s" % path)
    with open(args.input, encoding="utf-8") as f:
        batch = json.load(f)
    with open(os.path.join(args.adapter, "adapter_config.json"), encoding="utf-8") as f:
        adapter_config = json.load(f)

    cls = transformers.GPT2ForSequenceClassification
    try:
        base = cls.from_pretrained(args.base, attn_implementation=args.attn)
    except (TypeError, ValueError):
        base = cls.from_pretrained(args.base)
    base = base.float().eval()
    model = peft.PeftModel.from_pretrained(base, args.adapter)
    model = model.float().eval().to(args.device)

    key_check = adapter_key_check(torch, peft, model, args.adapter)

    with torch.no_grad():
        kwargs = {"input_ids": torch.tensor(batch["input_ids"], device=args.device)}
        if "attention_mask" in batch:
            kwargs["attention_mask"] = torch.tensor(batch["attention_mask"], device=args.device)
        if "labels" in batch:
            kwargs["labels"] = torch.tensor(batch["labels"], device=args.device)
        out = model(**kwargs)
    result = {"logits": out.logits.float().cpu().tolist()}
    if getattr(out, "loss", None) is not None:
        result["loss"] = float(out.loss)
    result["key_check"] = key_check
    result["adapter_config"] = {k: adapter_config.get(k) for k in
                                ("peft_type", "task_type", "r", "lora_alpha", "lora_dropout", "target_modules",
                                 "fan_in_fan_out", "modules_to_save", "bias", "use_rslora", "use_dora")}
    result["versions"] = {"torch": torch.__version__, "transformers": transformers.__version__,
                          "peft": peft.__version__}
    print(json.dumps(result))
    if not key_check["ok"]:
        print("peft_load_ours.py: PEFT did not load the adapter file exactly: %s"
              % json.dumps({k: key_check[k] for k in ("missing_in_file", "not_used_by_peft", "max_abs_value_diff")}),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
