#!/usr/bin/env python3
"""hf_bf16: LiteTune's CPU bf16 mixed precision against transformers under
torch.autocast("cpu", dtype=torch.bfloat16), on every shape of hf_common.SHAPES.

LiteTune: litetune-hf-probe --precision bf16 (resolveDevicePrecision("cpu", Bf16), forward inside
AutocastScope, backward outside it, as Trainer::accumulateGradients does), methods full and lora.
transformers/PEFT: the same model and the attention implementation LiteTune takes (sdpa in the
modern flavour, eager in the Debian one or with reorder_and_upcast_attn: bf16 rounding differs
between the two kernels), forward with labels and output_hidden_states inside torch.autocast,
backward outside, float32 weights.

Checks per shape and method:
  - LiteTune really computed in bf16: the resolved precision is bf16 and the logits come out of
    the score layer as bfloat16 (a silent fp32 fallback would otherwise pass the loose
    tolerances below, being as close to the bf16 reference as fp32 itself is);
  - logits, loss, hidden states against transformers' bf16: max|d| / max(1, max|ref|) <= BF16_TOL;
  - gradients of every trainable parameter: as accurate as transformers' own bf16 gradients.
    Per tensor, with e(x) = max|x - g32| / max|g32| the error against transformers' fp32
    gradient g32: e(LiteTune bf16) <= max(BF16_GRAD_TOL, 3 * e(transformers bf16)). The line
    also shows the direct LiteTune-vs-transformers bf16 difference.
Tolerances: bf16 keeps 8 significant bits (unit roundoff 2^-9 ~ 2e-3). Both sides round the
output of every matmul to bf16 and accumulate in float32, but not at identical points (LiteTune
runs the last block at the pooled positions only; softmax and mask dtypes differ with the
attention path), so forward values differ by a few roundings of O(1) values per layer, ~1e-2:
BF16_TOL = 5e-2 leaves about twice the largest difference measured (docs/parity.md), while a
real bug (wrong activation, scale or mask) gives O(1) differences. Gradients are not comparable
that way: where a ReLU gate or a large LoRA branch amplifies one rounding, transformers' own bf16
gradient misses its fp32 one by up to 70% (shape relu_layer_idx), so two correct bf16
implementations can differ that much from each other; hence the bound relative to transformers'
own bf16 error, with BF16_GRAD_TOL = 5e-2 (a few bf16 roundings through the backward pass) where
that error is small.
Usage: test_bf16.py [SHAPE...] (default: all).
"""

import sys

import hf_common as hc

BF16_TOL = 5e-2
BF16_GRAD_TOL = 5e-2
BF16_GRAD_FACTOR = 3.0
METHODS = ("full", "lora")


def hf_pass(torch, model, batch, method, autocast):
    """Forward (inside autocast when asked) and backward: (logits, loss, hidden states, grads)."""
    model.zero_grad(set_to_none=True)
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast):
        out = model(**hc.hf_inputs(torch, batch), output_hidden_states=True)
    out.loss.backward()
    grads = {}
    for name, p in model.named_parameters():
        if p.requires_grad:
            key = hc.peft_file_name(name) if method == "lora" else name
            grads[key] = p.grad.detach().float().numpy() if p.grad is not None else torch.zeros_like(p).numpy()
    hidden = [h.detach().float().numpy() for h in out.hidden_states]
    return out.logits.detach().float().numpy(), out.loss.item(), hidden, grads


def prepare_shape(torch, transformers, peft, np, work, jobs, shape):
    return hc.prepare_probe_jobs(torch, transformers, peft, np, work, jobs, shape, METHODS, 300, precision="bf16")


def check_shape(torch, transformers, peft, np, report, shape, job):
    name = shape["name"]
    print("-- " + hc.shape_summary(shape), flush=True)
    layers = shape["config"]["layers"]
    attn = hc.litetune_attention(shape)
    for method in METHODS:
        if method == "lora":
            model = peft.PeftModel.from_pretrained(hc.load_hf(transformers, job["folder"], attn), job["adapter"],
                                                   is_trainable=True).float().eval()
        else:
            model = hc.load_hf(transformers, job["folder"], attn)
        logits, loss, hidden, grads = hf_pass(torch, model, job["batch"], method, autocast=True)
        logits32, loss32, _, grads32 = hf_pass(torch, model, job["batch"], method, autocast=False)
        probe, meta = job[method].result()
        tag = "%s %s bf16 (transformers %s)" % (name, method, attn)
        report.equal("%s: LiteTune computes in bf16 on the CPU" % tag,
                     (meta.get("precision"), meta.get("logits_dtype")), ("bf16", "bfloat16"),
                     "precision %s, logits %s%s" % (meta.get("precision"), meta.get("logits_dtype"),
                                                    (", note: " + meta["note"]) if meta.get("note") else ""))
        spread = float(np.abs(logits - logits32).max())
        report.close("%s: logits (transformers bf16 vs its fp32: %.1e)" % (tag, spread), probe["logits"], logits,
                     tol=BF16_TOL, kind="bf16 logits")
        report.close("%s: loss (transformers bf16 vs its fp32: %.1e)" % (tag, abs(loss - loss32)), probe["loss"][0],
                     loss, tol=BF16_TOL, kind="bf16 loss")
        got = np.stack([probe["hidden_states.%d" % i] for i in range(layers + 1)])
        report.close("%s: hidden_states [0..%d]" % (tag, layers), got, np.stack(hidden), tol=BF16_TOL,
                     kind="bf16 hidden states")
        lt_grads = {k[len("grad."):]: v for k, v in probe.items() if k.startswith("grad.")}
        report.equal("%s: trainable set" % tag, sorted(lt_grads), sorted(grads), "%d tensors" % len(grads))
        check_gradients(report, np, "%s: gradients" % tag, lt_grads, grads, grads32)


def check_gradients(report, np, name, lt16, hf16, hf32):
    """Each LiteTune bf16 gradient at most max(BF16_GRAD_TOL, BF16_GRAD_FACTOR x transformers' bf16
    error) away from transformers' fp32 gradient (module docstring). One line: the tensor closest
    to its bound, and the largest direct LiteTune-vs-transformers bf16 difference."""
    worst, direct, bad = None, (0.0, ""), []
    for key in sorted(set(lt16) & set(hf16)):
        scale = float(np.abs(hf32[key]).max()) or 1.0
        e_lt = float(np.abs(lt16[key] - hf32[key]).max()) / scale
        e_hf = float(np.abs(hf16[key] - hf32[key]).max()) / scale
        bound = max(BF16_GRAD_TOL, BF16_GRAD_FACTOR * e_hf)
        direct = max(direct, (float(np.abs(lt16[key] - hf16[key]).max()) / scale, key))
        if not np.isfinite(lt16[key]).all() or e_lt > bound:
            bad.append("FAIL   %s %s: LiteTune bf16 error %.2e > bound %.2e (transformers bf16 error %.2e)"
                       % (name, key, e_lt, bound, e_hf))
        if worst is None or e_lt / bound > worst[0]:
            worst = (e_lt / bound, e_lt, e_hf, bound, key)
    if worst is None:
        report.verdict(name, False, "nothing to compare")
        return
    detail = ("%d tensors; closest to its bound: %s, error vs transformers fp32 %.2e (transformers bf16: %.2e, "
              "bound %.2e); largest LiteTune-vs-transformers bf16 difference %.2e relative (%s)"
              % (len(hf16), worst[4], worst[1], worst[2], worst[3], direct[0], direct[1]))
    report.verdict(name, not bad, detail, bad)
    report.note("bf16 gradients, error vs fp32", None, worst[1], "%s: %s" % (name, worst[4]))


def main(argv):
    return hc.run_shape_suite(argv, "hf_bf16", "LiteTune CPU bf16 autocast vs transformers %s / PEFT %s under torch.autocast (torch %s)", prepare_shape, check_shape)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
