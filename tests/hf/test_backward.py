#!/usr/bin/env python3
"""hf_backward: gradients of every trainable parameter after one forward/backward pass with
labels, LiteTune (litetune-hf-probe: the trainer's forward with lengths, cross-entropy, backward)
against transformers/PEFT (the same batch with attention_mask and labels, loss.backward()), fp32,
CPU, eval mode (no dropout), on every shape of hf_common.SHAPES.

Methods and the reference's trainable set:
  full    every parameter of GPT2ForSequenceClassification
  head    score.weight only
  bitfit  every *.bias + score.weight (LiteTune: engine/model/TrainableParameters.cpp)
  lora    PEFT's own: PeftModel.from_pretrained(..., is_trainable=True) of an adapter with
          non-zero lora_B, i.e. lora_A/lora_B + the modules_to_save copy of score
The trainable sets must be equal (names), then per method: logits and loss of the pass (the
head-only and BitFit forward checks), and every gradient (relative tolerance, see hf_common).
Usage: test_backward.py [SHAPE...] (default: all).
"""

import sys

import hf_common as hc

METHODS = ("full", "head", "bitfit", "lora")


def hf_trains(method, name):
    """The parameters transformers trains for a LiteTune method, mirrored by hand (lora: PEFT's)."""
    if method == "full":
        return True
    if method == "head":
        return name == "score.weight"
    if method == "bitfit":
        return name == "score.weight" or name.endswith(".bias")
    raise ValueError(method)


def hf_pass(torch, model, batch, method):
    """One forward/backward: (outputs, {reference name: gradient})."""
    if method != "lora":
        for name, p in model.named_parameters():
            p.requires_grad_(hf_trains(method, name))
    model.zero_grad(set_to_none=True)
    out = model(**hc.hf_inputs(torch, batch))
    out.loss.backward()
    grads = {}
    for name, p in model.named_parameters():
        if p.requires_grad:
            key = hc.peft_file_name(name) if method == "lora" else name
            grads[key] = p.grad.detach().numpy() if p.grad is not None else torch.zeros_like(p).numpy()
    return out, grads


def prepare_shape(torch, transformers, peft, np, work, jobs, shape):
    return hc.prepare_probe_jobs(torch, transformers, peft, np, work, jobs, shape, METHODS, 200)


def check_shape(torch, transformers, peft, np, report, shape, job):
    name = shape["name"]
    print("-- " + hc.shape_summary(shape), flush=True)
    for method in METHODS:
        if method == "lora":
            lora = shape["lora"]
            print("   LoRA: r %d, lora_alpha %g, target_modules %s, use_rslora %s"
                  % (lora["r"], lora["alpha"], ",".join(lora["targets"]), lora["rslora"]), flush=True)
            model = peft.PeftModel.from_pretrained(hc.load_hf(transformers, job["folder"]), job["adapter"],
                                                   is_trainable=True).float().eval()
        else:
            model = hc.load_hf(transformers, job["folder"])
        out, want = hf_pass(torch, model, job["batch"], method)
        probe, meta = job[method].result()
        got = {k[len("grad."):]: v for k, v in probe.items() if k.startswith("grad.")}
        tag = "%s %s" % (name, method)
        missing, extra = sorted(set(want) - set(got)), sorted(set(got) - set(want))
        report.equal("%s: trainable set" % tag, (missing, extra), ([], []),
                     "%d tensors, %d values" % (len(want), sum(v.size for v in want.values()))
                     if not missing and not extra else "not trained by LiteTune %s, only by LiteTune %s" % (missing,
                                                                                                            extra))
        report.close("%s: logits" % tag, probe["logits"], out.logits.detach().numpy(), kind="logits")
        report.close("%s: loss" % tag, probe["loss"][0], out.loss.item(), kind="loss")
        common = sorted(set(want) & set(got))
        report.close_all("%s: gradients" % tag, {k: (got[k], want[k]) for k in common}, kind="gradients",
                         relative=True)
        if method == "lora":
            # PEFT's init leaves lora_B = 0 and with it every lora_A gradient; this adapter's B is random.
            report.differ("%s: lora_A gradients are non-zero" % tag,
                          np.concatenate([want[k].ravel() for k in common if ".lora_A." in k]), 0.0, 1e-6)


def main(argv):
    return hc.run_shape_suite(argv, "hf_backward", "LiteTune gradients vs transformers %s / PEFT %s (torch %s), fp32, CPU", prepare_shape, check_shape)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
