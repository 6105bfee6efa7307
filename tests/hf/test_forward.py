#!/usr/bin/env python3
"""hf_forward: LiteTune's forward pass against transformers and PEFT themselves, fp32, CPU, on
every shape of hf_common.SHAPES (fresh random models saved by transformers).

Per shape:
  base   `litetune-cli logits` with and without attention_mask vs GPT2ForSequenceClassification
         (eager and sdpa attention, the same inputs): logits and loss;
         litetune-hf-probe (the trainer's forward, engine/train/Trainer.cpp) logits and loss, and
         its hidden states vs output_hidden_states=True (embeddings, each block, the last after
         ln_f), plus the last block's output before ln_f vs a forward hook on transformer.h[-1];
  LoRA   a PEFT adapter (non-default r/alpha/targets/rsLoRA, random non-zero A, B and score head)
         via `litetune-cli logits --adapter` and via the probe (with attention_mask), vs
         PeftModel.from_pretrained (eager and sdpa): logits, loss, hidden states; and proof that
         the adapter changes the logits at all.
Head-only and BitFit forward passes are checked in hf_backward (test_backward.py), beside the
gradients of the same pass. Usage: test_forward.py [SHAPE...] (default: all).
"""

import sys

import hf_common as hc


def hf_run(torch, model, batch, hook_module=None):
    """Forward without grad: (outputs with hidden_states, last block output or None)."""
    captured = []
    handle = None
    if hook_module is not None:
        handle = hook_module.register_forward_hook(
            lambda mod, args, out: captured.append(out[0] if isinstance(out, tuple) else out))
    try:
        with torch.no_grad():
            out = model(**hc.hf_inputs(torch, batch), output_hidden_states=True)
    finally:
        if handle is not None:
            handle.remove()
    return out, (captured[-1] if captured else None)


def close_hidden(report, np, name, probe, hidden, layers):
    """hidden_states.0..N of the probe vs transformers' tuple: one line (the worst layer); each
    layer gets its own line when the whole fails, to show where the difference starts."""
    if not report.equal("%s: number of hidden states" % name, len(hidden), layers + 1,
                        "transformers returns n_layer + 1"):
        return
    got = np.stack([probe["hidden_states.%d" % i] for i in range(layers + 1)])
    want = np.stack([h.detach().float().numpy() for h in hidden])
    if not report.close("%s [0..%d]" % (name, layers), got, want, kind="hidden states"):
        for i in range(layers + 1):
            report.close("  %s [%d]" % (name, i), got[i], want[i])


def prepare_shape(torch, transformers, peft, np, work, jobs, shape):
    """Writes the model, adapter and inputs of `shape` and starts every LiteTune run on them."""
    name = shape["name"]
    folder = hc.make_model(torch, transformers, work.sub(name, "model"), shape)
    adapter = hc.make_peft_adapter(torch, transformers, peft, folder, work.sub(name, "adapter"), shape["lora"],
                                   shape["seed"] + 100)
    batch = hc.make_batch(shape)
    job = {"folder": folder, "adapter": adapter, "inputs": {}}
    paths = {}
    for masked, b in (("mask", batch), ("no mask", hc.without_mask(batch))):
        job["inputs"][masked] = b
        paths[masked] = hc.write_json(work.sub(name, "%s.json" % masked.replace(" ", "-")), b)
    # LoRA adds nothing to the mask/no-mask paths of the base, so it runs with the mask only.
    for what, adapter_arg, method, masked in (("base", None, "full", "mask"), ("base", None, "full", "no mask"),
                                              ("lora", adapter, "lora", "mask")):
        job[what, "cli", masked] = jobs.submit(hc.cli_logits, folder, paths[masked], adapter=adapter_arg)
        job[what, "probe", masked] = jobs.submit(
            hc.run_probe, np, folder, paths[masked], method,
            work.sub(name, "%s-%s.safetensors" % (what, masked.replace(" ", "-"))), adapter=adapter_arg)
    return job


def check_shape(torch, transformers, peft, np, report, shape, job):
    name = shape["name"]
    print("-- " + hc.shape_summary(shape), flush=True)
    layers = shape["config"]["layers"]
    folder, adapter = job["folder"], job["adapter"]

    # Base model.
    hf = {attn: hc.load_hf(transformers, folder, attn) for attn in ("eager", "sdpa")}
    for masked, b in job["inputs"].items():
        lt = job["base", "cli", masked].result()
        probe, meta = job["base", "probe", masked].result()
        for attn, model in hf.items():
            out, last_block = hf_run(torch, model, b, model.transformer.h[-1] if attn == "eager" else None)
            tag = "%s base (%s) vs %s" % (name, masked, attn)
            report.close("%s: cli logits" % tag, lt["logits"], out.logits.numpy(), kind="logits")
            report.close("%s: cli loss" % tag, lt["loss"], out.loss.item(), kind="loss")
            report.close("%s: probe logits (pooling %s)" % (tag, meta["pooling"]), probe["logits"],
                         out.logits.numpy(), kind="logits")
            report.close("%s: probe loss" % tag, probe["loss"][0], out.loss.item(), kind="loss")
            close_hidden(report, np, "%s: hidden_states" % tag, probe, out.hidden_states, layers)
            if last_block is not None:
                report.close("%s: last block before ln_f" % tag, probe["last_block_output"], last_block.numpy(),
                             kind="hidden states")

    # LoRA through PEFT.
    lora = shape["lora"]
    print("   LoRA: r %d, lora_alpha %g, target_modules %s, use_rslora %s, modules_to_save [score]"
          % (lora["r"], lora["alpha"], ",".join(lora["targets"]), lora["rslora"]), flush=True)
    report.differ("%s LoRA changes the logits (cli, vs base)" % name, job["lora", "cli", "mask"].result()["logits"],
                  job["base", "cli", "mask"].result()["logits"], 1e-2)
    pm = {attn: hc.load_peft(transformers, peft, folder, adapter, attn) for attn in ("eager", "sdpa")}
    masked, b = "mask", job["inputs"]["mask"]
    lt = job["lora", "cli", masked].result()
    probe, meta = job["lora", "probe", masked].result()
    for attn, model in pm.items():
        out, _ = hf_run(torch, model, b)
        tag = "%s LoRA (%s) vs PEFT %s" % (name, masked, attn)
        report.close("%s: cli logits" % tag, lt["logits"], out.logits.numpy(), kind="logits")
        report.close("%s: cli loss" % tag, lt["loss"], out.loss.item(), kind="loss")
        report.close("%s: probe logits" % tag, probe["logits"], out.logits.numpy(), kind="logits")
        report.close("%s: probe loss" % tag, probe["loss"][0], out.loss.item(), kind="loss")
        close_hidden(report, np, "%s: hidden_states" % tag, probe, out.hidden_states, layers)


def main(argv):
    return hc.run_shape_suite(argv, "hf_forward", "LiteTune forward vs transformers %s / PEFT %s (torch %s), fp32, CPU", prepare_shape, check_shape)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
