"""LiteTune's training trajectory against transformers.Trainer (and PEFT), step for step, on the CPU.

Both sides start from the same random GPT-2 (2 layers, width 32, GPT-2 vocabulary, no dropout) and
read the same training rows in file order (train_sampling_strategy "sequential") in micro-batches of
4 with gradient accumulation 2, so the 20 steps cross an epoch boundary. Full fine-tuning reads 90
rows: 23 micro-batches, the last of 2 rows, make 12 steps an epoch, the 12th a short accumulation
window of that one micro-batch. LoRA reads 86 rows: 22 micro-batches, 11 steps, the 11th of 4 + 2
rows, where weighting by rows and averaging the micro-batch means part. Texts are truncated to 24
tokens. AdamW (adamw_torch) with weight decay 0.1, the linear schedule with a
warm-up ratio of 0.12 (ceil(20 x 0.12) = 3 steps), max_grad_norm 1.5 (some steps clip, others not).

Compared per step, from LiteTune's history.csv and the Trainer's log_history (logging_steps=1):
loss (1e-4 relative), grad_norm (pre-clip, 1e-4 relative), learning_rate and epoch (5e-10: the
printing precision of history.csv). Then the final weights (1e-5 of max(1, max|weight|), 1e-4 in
attn.c_attn, see C_ATTN_WEIGHT_TOL): LiteTune's model.safetensors against the Trainer's
model.state_dict() for full fine-tuning, LiteTune's adapter_model.safetensors against PEFT's
get_peft_model_state_dict for LoRA (r 4, alpha 12, targets c_attn/c_proj/c_fc, score in
modules_to_save, started from one PEFT adapter saved from get_peft_model with lora_B made non-zero
so every factor trains from step 1).

Gradient accumulation: transformers 5 gives GPT2ForSequenceClassification num_items_in_batch (its
forward takes **kwargs) and then leaves the loss undivided, but that model ignores num_items_in_batch,
so the default Trainer sums the micro-batch means: grad_accum times the loss and the gradient.
LiteTune normalises over the step's rows (engine/train/Trainer.h), which is what the Trainer does when
the loss honours num_items_in_batch; the Trainer compared here therefore gets that loss as its
compute_loss_func (cross-entropy summed over the rows / num_items_in_batch). The default Trainer's
first logged loss is measured as well and printed as a ratio (2 = grad_accum).
"""
import os
import sys

from trainer_fixture import (LABELS, cleanup, finish, environment, history_steps, make_model, relative, run_cli, texts,
                             tokenizer_of, workdir, write_csv)

STEPS = 20
BATCH = 4
ACCUM = 2
MAX_LENGTH = 24
WEIGHT_DECAY = 0.1
WARMUP_RATIO = 0.12
MAX_GRAD_NORM = 1.5
SEED = 42
LOSS_RTOL = 1e-4
GRAD_NORM_RTOL = 1e-4
# learning_rate and epoch are exact on both sides; history.csv keeps 10 significant digits.
SCHEDULE_RTOL = 5e-10
# Final weights, as |difference| / max(1, largest |weight| of the tensor). Two float32 implementations
# (LibTorch vs PyTorch kernels, other summation orders) round gradients differently by ~1e-10; where a
# gradient is itself that small, AdamW's first steps divide it by sqrt(v) + eps of the same size and
# move the weight by a sizeable part of lr either way. Attention's query/key projection (c_attn) has
# such gradients: the key bias's is exactly 0 in exact arithmetic (softmax ignores a shift shared by
# all keys). Everything else agrees to ~1e-7 after 20 steps.
WEIGHT_TOL = 1e-5
C_ATTN_WEIGHT_TOL = 1e-4


def dataset(rows, tokenizer):
    return [dict(tokenizer(text, truncation=True, max_length=MAX_LENGTH), labels=LABELS.index(label))
            for text, label in rows]


def summed_over_rows(outputs, labels, num_items_in_batch=None):
    """The loss of a step's rows as one batch: what LiteTune backpropagates (see the docstring)."""
    import torch.nn.functional as F

    return F.cross_entropy(outputs.logits.float(), labels, reduction="sum") / num_items_in_batch


def hf_train(model, train, tokenizer, out_dir, lr, steps=STEPS, compute_loss_func=summed_over_rows):
    from transformers import DataCollatorWithPadding, PrinterCallback, Trainer, TrainingArguments

    args = TrainingArguments(
        output_dir=out_dir, per_device_train_batch_size=BATCH, gradient_accumulation_steps=ACCUM,
        max_steps=steps, learning_rate=lr, weight_decay=WEIGHT_DECAY, warmup_steps=WARMUP_RATIO,
        max_grad_norm=MAX_GRAD_NORM, optim="adamw_torch", lr_scheduler_type="linear", logging_steps=1,
        train_sampling_strategy="sequential", seed=SEED, save_strategy="no", eval_strategy="no",
        report_to="none", use_cpu=True, disable_tqdm=True, dataloader_num_workers=0)
    trainer = Trainer(model=model, args=args, train_dataset=train, data_collator=DataCollatorWithPadding(tokenizer),
                      compute_loss_func=compute_loss_func)
    trainer.remove_callback(PrinterCallback)  # the comparison prints what matters
    trainer.train()
    return [entry for entry in trainer.state.log_history if "loss" in entry and "train_loss" not in entry], trainer


def litetune_train(cli, model_dir, data_dir, out, method, lr, extra=()):
    run_cli(cli, "train", "--model", model_dir, "--data", data_dir, "--method", method, "--out", out,
            "--train-sampling-strategy", "sequential", "--max-steps", str(STEPS), "--batch-size", str(BATCH),
            "--grad-accum", str(ACCUM), "--lr", str(lr), "--weight-decay", str(WEIGHT_DECAY), "--warmup-ratio",
            str(WARMUP_RATIO), "--max-grad-norm", str(MAX_GRAD_NORM), "--max-length", str(MAX_LENGTH), "--seed",
            str(SEED), "--device", "cpu", "--precision", "fp32", "--threads", "2", *extra)
    return history_steps(out)


def compare_steps(what, ours, theirs, failures):
    if len(ours) != STEPS or len(theirs) != STEPS:
        failures.append(f"{what}: {len(ours)} LiteTune steps and {len(theirs)} Trainer steps, expected {STEPS}")
        return
    worst = {}
    for key, their_key, tol in (("loss", "loss", LOSS_RTOL), ("grad_norm", "grad_norm", GRAD_NORM_RTOL),
                                ("learning_rate", "learning_rate", SCHEDULE_RTOL), ("epoch", "epoch", SCHEDULE_RTOL)):
        diffs = [relative(a[key], float(b[their_key])) for a, b in zip(ours, theirs)]
        step = max(range(STEPS), key=diffs.__getitem__)
        worst[key] = diffs[step]
        print(f"{what}: {key:13s} worst relative difference {diffs[step]:.2e} at step {step + 1} "
              f"(LiteTune {ours[step][key]:.10g}, Trainer {float(theirs[step][their_key]):.10g}; tolerance {tol:g})")
        if diffs[step] > tol:
            failures.append(f"{what}: {key} differs by {diffs[step]:.2e} relative at step {step + 1}")
    norms = [row["grad_norm"] for row in ours]
    clipped = sum(1 for norm in norms if norm > MAX_GRAD_NORM)
    print(f"{what}: clipping acted on {clipped} of {STEPS} steps (pre-clip grad_norm {min(norms):.3g} to "
          f"{max(norms):.3g}, max_grad_norm {MAX_GRAD_NORM:g})")
    if not 0 < clipped < STEPS:
        failures.append(f"{what}: {clipped} of {STEPS} steps clipped; both kinds must occur for the test to see "
                        "clipping at work")


def compare_tensors(what, ours, theirs, failures):
    if set(ours) != set(theirs):
        failures.append(f"{what}: tensor names differ: only LiteTune {sorted(set(ours) - set(theirs))[:5]}, "
                        f"only Trainer {sorted(set(theirs) - set(ours))[:5]}")
        return
    worst = {True: (None, -1.0), False: (None, -1.0)}  # in c_attn or not: (name, difference)
    for name in sorted(ours):
        a, b = ours[name].float(), theirs[name].detach().float()
        if a.shape != b.shape:
            failures.append(f"{what}: {name} has shape {tuple(a.shape)} in LiteTune, {tuple(b.shape)} in the Trainer")
            continue
        diff = (a - b).abs().max().item() / max(1.0, b.abs().max().item())
        in_c_attn = ".attn.c_attn." in name
        if diff > worst[in_c_attn][1]:
            worst[in_c_attn] = (name, diff)
    for in_c_attn, tol in ((False, WEIGHT_TOL), (True, C_ATTN_WEIGHT_TOL)):
        name, diff = worst[in_c_attn]
        where = "attn.c_attn" if in_c_attn else "other"
        count = sum(1 for key in ours if (".attn.c_attn." in key) == in_c_attn)
        print(f"{what}: final weights, {count} {where} tensors: worst |difference| / max(1, max|weight|) "
              f"{diff:.2e} in {name} (tolerance {tol:g})")
        if diff > tol:
            failures.append(f"{what}: final weight {name} differs by {diff:.2e}")


def full_fine_tuning(cli, work, model_dir, data_dir, train, tokenizer, failures):
    from safetensors.torch import load_file
    from transformers import GPT2ForSequenceClassification

    lr = 1e-3
    ours = litetune_train(cli, model_dir, data_dir, os.path.join(work, "full"), "full", lr)
    model = GPT2ForSequenceClassification.from_pretrained(model_dir)
    theirs, _ = hf_train(model, train, tokenizer, os.path.join(work, "hf-full"), lr)
    compare_steps("full", ours, theirs, failures)
    trained = load_file(os.path.join(work, "full", "model", "model.safetensors"))
    compare_tensors("full", trained, model.state_dict(), failures)

    # The Trainer as it comes, without compute_loss_func: one step, from the same weights.
    default_model = GPT2ForSequenceClassification.from_pretrained(model_dir)
    default_log, default_trainer = hf_train(default_model, train, tokenizer, os.path.join(work, "hf-default"), lr,
                                            steps=1, compute_loss_func=None)
    ratio = default_log[0]["loss"] / ours[0]["loss"]
    print(f"full: the default Trainer (model_accepts_loss_kwargs={default_trainer.model_accepts_loss_kwargs}, "
          f"no compute_loss_func) logs step 1 as {ratio:.6f} x LiteTune's loss (grad_accum {ACCUM}: it sums the "
          f"micro-batch means)")
    # docs/parity.md explains why LiteTune follows compute_loss_func's row weighting instead; a
    # transformers release that changes the default must be noticed and the doc revisited.
    if abs(ratio - ACCUM) > 1e-4 * ACCUM:
        failures.append(f"the default Trainer's step-1 loss is {ratio:.6f} x LiteTune's, not {ACCUM} x: "
                        "transformers changed its gradient-accumulation loss; revisit docs/parity.md")


def lora(cli, work, model_dir, data_dir, train, tokenizer, failures):
    import json

    import torch
    from peft import LoraConfig, TaskType, get_peft_model, get_peft_model_state_dict
    from safetensors.torch import load_file
    from transformers import GPT2ForSequenceClassification

    lr = 3e-3
    base = GPT2ForSequenceClassification.from_pretrained(model_dir)
    config = LoraConfig(task_type=TaskType.SEQ_CLS, r=4, lora_alpha=12, lora_dropout=0.0,
                        target_modules=["c_attn", "c_proj", "c_fc"], fan_in_fan_out=True)
    torch.manual_seed(SEED)
    model = get_peft_model(base, config)
    generator = torch.Generator().manual_seed(SEED)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "lora_B" in name:  # PEFT starts B at 0; non-zero, A and the scaling alpha/r matter from step 1
                parameter.copy_(torch.randn(parameter.shape, generator=generator) * 0.05)
    adapter_dir = os.path.join(work, "adapter-start")
    model.save_pretrained(adapter_dir)
    # LiteTune's own file beside PEFT's: the label names of the head (PEFT records only its size).
    with open(os.path.join(adapter_dir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"id2label": {str(i): name for i, name in enumerate(LABELS)}}, f)

    ours = litetune_train(cli, model_dir, data_dir, os.path.join(work, "lora"), "lora", lr,
                          extra=("--adapter", adapter_dir))
    theirs, _ = hf_train(model, train, tokenizer, os.path.join(work, "hf-lora"), lr)
    compare_steps("lora", ours, theirs, failures)
    trained = load_file(os.path.join(work, "lora", "adapter", "adapter_model.safetensors"))
    compare_tensors("lora", trained, get_peft_model_state_dict(model), failures)


def main():
    cli, tokenizer_dir = environment()
    import torch

    torch.set_num_threads(2)
    work = workdir()
    try:
        model_dir = os.path.join(work, "model")
        make_model(model_dir, tokenizer_dir)
        tokenizer = tokenizer_of(model_dir)
        all_texts = texts(110, seed=1)
        rows = [(text, LABELS[(len(text) + i) % len(LABELS)]) for i, text in enumerate(all_texts)]
        failures = []
        for method, train_rows in (("full", 90), ("lora", 86)):
            data_dir = os.path.join(work, f"data-{method}")
            os.makedirs(data_dir)
            write_csv(os.path.join(data_dir, "train.csv"), rows[:train_rows])
            write_csv(os.path.join(data_dir, "validation.csv"), rows[90:])
            train = dataset(rows[:train_rows], tokenizer)
            batches = -(-train_rows // BATCH)
            truncated = sum(1 for text, _ in rows[:train_rows] if len(tokenizer(text).input_ids) > MAX_LENGTH)
            print(f"{method}: {train_rows} training rows ({truncated} truncated to {MAX_LENGTH} tokens), "
                  f"{batches} micro-batches of {BATCH} (the last of {train_rows - (batches - 1) * BATCH}), "
                  f"grad_accum {ACCUM}, {-(-batches // ACCUM)} steps an epoch, {STEPS} steps")
            (full_fine_tuning if method == "full" else lora)(cli, work, model_dir, data_dir, train, tokenizer,
                                                            failures)
    except BaseException:
        cleanup(work)
        raise
    return finish(work, failures)


if __name__ == "__main__":
    sys.exit(main())
