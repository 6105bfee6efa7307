#!/usr/bin/env python3
"""hf_adapters: LoRA adapters and merged exports travel between LiteTune and PEFT/transformers.

(a) LiteTune -> PEFT: a short `litetune-cli train --method lora` run on a tiny CSV (5 steps,
    lr 1e-2, so lora_B and the score head move away from their init) on two shapes, one with
    c_attn only, one with c_attn,c_proj,c_fc and rsLoRA. PeftModel.from_pretrained loads
    RUN/adapter; it must consume every tensor of the file, score head included, and nothing
    else (peft_load_ours.adapter_key_check); its logits and loss (eager and sdpa) must match
    `litetune-cli logits --adapter`, and the adapter must change the logits at all.
(b) PEFT -> LiteTune: adapters PEFT saved with non-default r, lora_alpha, target_modules
    c_attn,c_proj,c_fc, use_rslora=True, modules_to_save=["score"] and random non-zero A, B and
    head; once plain and once with rank_pattern/alpha_pattern. `litetune-cli logits --adapter`
    must match PeftModel's logits and loss (eager and sdpa).
(c) Merged export: `litetune-cli export --run RUN --out DIR --merged` of each run in (a) loads in
    GPT2ForSequenceClassification.from_pretrained with no missing or unexpected keys, and gives
    the logits of PEFT's unmerged model and of `litetune-cli logits --adapter`; its tensors equal
    PEFT's merge_and_unload() of the same adapter.
All fp32, CPU, tolerance hf_common.FP32_TOL.
"""

import os
import sys

import hf_common as hc

TRAIN_RUNS = [
    # shape name, extra `train` flags
    ("gelu_new", ["--lora-r", "4", "--lora-alpha", "8", "--lora-targets", "c_attn"]),
    ("silu_layer_idx_upcast", ["--lora-r", "6", "--lora-alpha", "4", "--lora-targets", "c_attn,c_proj,c_fc",
                               "--lora-rslora"]),
]
PEFT_ADAPTERS = [
    # shape name, LoraConfig overrides
    ("relu_layer_idx", {}),
    ("quick_gelu_layer_idx", {"rank_pattern": {"mlp.c_fc": 3, "h.1.attn.c_attn": 5},
                              "alpha_pattern": {"c_proj": 7, "h.0.mlp.c_fc": 2}}),
]


def shape_named(name):
    return next(s for s in hc.SHAPES if s["name"] == name)


def train_run(torch, transformers, work, shape, flags):
    """A LiteTune LoRA run on a tiny CSV for `shape`'s model: (model folder, run folder)."""
    mrg = hc.random_gpt2()
    name = shape["name"]
    folder = hc.make_model(torch, transformers, work.sub(name, "model"), shape, tokenizer=True)
    csv_path = work.sub(name, "tiny.csv")
    mrg.write_csv(csv_path, mrg.tiny_corpus(5, 80, shape["seed"]))
    run_dir = work.sub(name, "run")
    hc.run([hc.cli(), "train", "--model", folder, "--data", csv_path, "--method", "lora", "--max-steps", "5",
            "--lr", "1e-2", "--batch-size", "8", "--lora-dropout", "0", "--max-length", "32", "--seed", "7",
            "--device", "cpu", "--out", run_dir] + flags, timeout=300)
    return folder, run_dir


def peft_logits(torch, transformers, peft, folder, adapter, batch, attn):
    model = hc.load_peft(transformers, peft, folder, adapter, attn)
    with torch.no_grad():
        out = model(**hc.hf_inputs(torch, batch))
    return model, out.logits.numpy(), out.loss.item()


def check_litetune_adapter(torch, transformers, peft, np, work, report, shape, flags):
    """(a) and (c) for one LiteTune run."""
    import peft_load_ours
    name = shape["name"]
    folder, run_dir = train_run(torch, transformers, work, shape, flags)
    adapter = os.path.join(run_dir, "adapter")
    print("-- (a) LiteTune LoRA run on %s, train flags %s" % (hc.shape_summary(shape), " ".join(flags)), flush=True)
    batch = hc.make_batch(shape)
    path = hc.write_json(work.sub(name, "batch.json"), batch)
    lt = hc.cli_logits(folder, path, adapter=adapter)
    base = hc.cli_logits(folder, path)
    report.differ("%s LiteTune adapter changes the logits (vs the base model)" % name, lt["logits"], base["logits"],
                  1e-3)
    for attn in ("eager", "sdpa"):
        model, logits, loss = peft_logits(torch, transformers, peft, folder, adapter, batch, attn)
        if attn == "eager":
            check = peft_load_ours.adapter_key_check(torch, peft, model, adapter)
            report.equal("%s PEFT loads LiteTune's adapter file exactly" % name, check["ok"], True,
                         "%d tensors in the file (score head included: %s), %d taken by PEFT, max|value diff| %g"
                         % (check["tensors_in_file"],
                            "base_model.model.score.weight" in peft.get_peft_model_state_dict(model),
                            check["tensors_in_model"], check["max_abs_value_diff"])
                         if check["ok"] else "missing %s, not used %s" % (check["missing_in_file"],
                                                                          check["not_used_by_peft"]))
            peft_eager = logits
        report.close("%s LiteTune adapter: cli logits vs PEFT %s" % (name, attn), lt["logits"], logits, kind="logits")
        report.close("%s LiteTune adapter: cli loss vs PEFT %s" % (name, attn), lt["loss"], loss, kind="loss")

    # (c) merged export.
    print("-- (c) litetune-cli export --merged of that run", flush=True)
    merged = work.sub(name, "merged")
    hc.run([hc.cli(), "export", "--run", run_dir, "--out", merged, "--merged"])
    model, info = transformers.GPT2ForSequenceClassification.from_pretrained(merged, attn_implementation="eager",
                                                                             output_loading_info=True)
    model = model.float().eval()
    problems = {k: v for k, v in info.items() if v}
    report.equal("%s merged export loads in GPT2ForSequenceClassification.from_pretrained" % name, problems, {},
                 "no missing, unexpected or mismatched keys" if not problems else "")
    with torch.no_grad():
        out = model(**hc.hf_inputs(torch, batch))
    report.close("%s merged export (transformers) vs PEFT unmerged" % name, out.logits.numpy(), peft_eager,
                 kind="logits")
    report.close("%s merged export (transformers) vs cli logits --adapter" % name, out.logits.numpy(), lt["logits"],
                 kind="logits")
    peft_merged = hc.load_peft(transformers, peft, folder, adapter).merge_and_unload().state_dict()
    from safetensors.numpy import load_file
    exported = load_file(os.path.join(merged, "model.safetensors"))
    pairs = {k: (exported[k], peft_merged[k].numpy()) for k in sorted(exported) if k in peft_merged}
    report.equal("%s merged export holds the tensors of PEFT's merged model" % name, sorted(exported),
                 sorted(peft_merged), "%d tensors" % len(exported))
    report.close_all("%s merged export tensors vs PEFT merge_and_unload()" % name, pairs, kind="merged weights",
                     relative=True)


def check_peft_adapter(torch, transformers, peft, np, work, report, shape, overrides):
    """(b) for one PEFT-saved adapter."""
    name = shape["name"]
    folder = hc.make_model(torch, transformers, work.sub(name, "model"), shape)
    lora = dict(shape["lora"], r=6, alpha=12, targets=["c_attn", "c_proj", "c_fc"], rslora=True)
    adapter = work.sub(name, "peft-adapter")
    if overrides:
        base = hc.load_hf(transformers, folder)
        config = peft.LoraConfig(task_type="SEQ_CLS", r=lora["r"], lora_alpha=lora["alpha"],
                                 target_modules=lora["targets"], lora_dropout=0.0, fan_in_fan_out=True,
                                 use_rslora=True, modules_to_save=["score"], **overrides)
        model = peft.get_peft_model(base, config)
        generator = torch.Generator().manual_seed(shape["seed"] + 400)
        with torch.no_grad():
            for pname, p in model.named_parameters():
                if ".lora_" in pname or ".modules_to_save." in pname:
                    p.copy_(torch.randn(p.shape, generator=generator) * 0.2)
        model.save_pretrained(adapter)
    else:
        hc.make_peft_adapter(torch, transformers, peft, folder, adapter, lora, shape["seed"] + 400)
    print("-- (b) PEFT adapter on %s: r 6, lora_alpha 12, c_attn,c_proj,c_fc, use_rslora, modules_to_save [score]%s"
          % (hc.shape_summary(shape), (", " + ", ".join("%s %s" % kv for kv in overrides.items())) if overrides
             else ""), flush=True)
    batch = hc.make_batch(shape)
    path = hc.write_json(work.sub(name, "batch.json"), batch)
    lt = hc.cli_logits(folder, path, adapter=adapter)
    base = hc.cli_logits(folder, path)
    report.differ("%s PEFT adapter changes LiteTune's logits" % name, lt["logits"], base["logits"], 1e-2)
    for attn in ("eager", "sdpa"):
        _, logits, loss = peft_logits(torch, transformers, peft, folder, adapter, batch, attn)
        report.close("%s PEFT adapter: cli logits vs PEFT %s" % (name, attn), lt["logits"], logits, kind="logits")
        report.close("%s PEFT adapter: cli loss vs PEFT %s" % (name, attn), lt["loss"], loss, kind="loss")


def checks(torch, transformers, peft, np, report, work):
    hc.require_modules("safetensors")
    sys.path.insert(0, hc.HERE)
    for name, flags in TRAIN_RUNS:
        check_litetune_adapter(torch, transformers, peft, np, work, report, shape_named(name), flags)
    for name, overrides in PEFT_ADAPTERS:
        check_peft_adapter(torch, transformers, peft, np, work, report, shape_named(name), overrides)


if __name__ == "__main__":
    sys.exit(hc.run_checks("hf_adapters", "LiteTune <-> PEFT adapters, merged export -> transformers %s / PEFT %s "
                           "(torch %s)", checks))
