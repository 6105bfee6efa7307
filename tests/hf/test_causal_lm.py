#!/usr/bin/env python3
"""hf_causal_lm: LiteTune's causal-LM training (`train --task causal-lm`) against transformers' and
PEFT's GPT2LMHeadModel.

A random GPT-2 made by transformers (shape gelu_new, with a byte-level BPE vocabulary) is trained
by LiteTune for 6 steps on a small raw-text corpus, once with --method full and once with
--method lora. Then, on a separate held-out text file:
(a) the full run's model/ loads in GPT2LMHeadModel.from_pretrained with no missing, unexpected or
    mismatched keys (its LM head tied to wte), and the weights moved away from the base;
(b) transformers tokenizes the held-out file itself (GPT2Tokenizer.from_pretrained of the run's folder), packs
    it as run_clm.py's group_texts does after an <|endoftext|> per line, and its loss
    (labels = input_ids) equals `litetune-cli eval --task causal-lm`'s eval_loss, and exp of it the
    perplexity; the blocks LiteTune kept (eval_blocks.jsonl) equal transformers' blocks;
(c) the LoRA run's adapter/ is a CAUSAL_LM adapter PEFT loads onto GPT2LMHeadModel, using every
    tensor of the file, and PeftModel's loss equals `eval --task causal-lm --adapter`'s.
All fp32, CPU, tolerance hf_common.FP32_TOL.
"""

import json
import math
import os
import sys

import hf_common as hc

TRAIN_TEXT = [
    "the quick brown fox jumps over the lazy dog",
    "der schnelle braune fuchs springt ueber den faulen hund",
    "el veloz zorro marron salta sobre el perro perezoso",
    "il rapido volpe marrone salta sopra il cane pigro",
    "a raposa marrom rapida pula sobre o cao preguicoso",
] * 6
HELD_OUT = [
    "lazy dogs sleep while quick foxes run",
    "der hund schlaeft und der fuchs springt",
    "el perro duerme y el zorro salta",
    "il cane dorme e la volpe salta",
    "o cao dorme e a raposa pula",
    "foxes and dogs",
] * 2
BLOCK = 16


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def train(work, model, corpus, method, extra):
    run_dir = work.sub("run-" + method)
    hc.run([hc.cli(), "train", "--task", "causal-lm", "--method", method, "--model", model, "--data", corpus,
            "--max-length", str(BLOCK), "--max-steps", "6", "--lr", "1e-2", "--batch-size", "4", "--seed", "7",
            "--validation-fraction", "0.2", "--device", "cpu", "--out", run_dir] + extra, timeout=300)
    return run_dir


def cli_eval(work, name, model, held_out, adapter=None):
    out = work.sub("eval-" + name)
    args = [hc.cli(), "eval", "--task", "causal-lm", "--model", model, "--data", held_out, "--max-length", str(BLOCK),
            "--device", "cpu", "--out", out]
    if adapter:
        args += ["--adapter", adapter]
    hc.run(args)
    with open(os.path.join(out, "metrics.json"), encoding="utf-8") as f:
        metrics = json.load(f)
    with open(os.path.join(out, "eval_blocks.jsonl"), encoding="utf-8") as f:
        blocks = [json.loads(line)["ids"] for line in f if line.strip()]
    return metrics, blocks


def hf_blocks(transformers, folder, lines):
    """run_clm.py's group_texts over the lines, each followed by <|endoftext|>."""
    # from_pretrained: transformers 5 ignores vocab_file=/merges_file= arguments silently.
    tokenizer = transformers.GPT2Tokenizer.from_pretrained(folder)
    stream = []
    for line in lines:
        stream += tokenizer(line)["input_ids"] + [tokenizer.convert_tokens_to_ids("<|endoftext|>")]
    usable = len(stream) // BLOCK * BLOCK
    return [stream[i:i + BLOCK] for i in range(0, usable, BLOCK)]


def hf_loss(torch, model, blocks):
    ids = torch.tensor(blocks, dtype=torch.long)
    with torch.no_grad():
        return model(input_ids=ids, labels=ids).loss.item()


def checks(torch, transformers, peft, np, report, work):
    shape = next(s for s in hc.SHAPES if s["name"] == "gelu_new")
    base = hc.make_model(torch, transformers, work.sub("base"), shape, tokenizer=True)
    corpus = write_lines(work.sub("corpus.txt"), TRAIN_TEXT)
    held_out = write_lines(work.sub("held-out.txt"), HELD_OUT)

    print("-- (a) full causal-LM run, model/ in GPT2LMHeadModel", flush=True)
    full = os.path.join(train(work, base, corpus, "full", []), "model")
    with open(os.path.join(full, "config.json"), encoding="utf-8") as f:
        report.equal("full run's config.json architectures", json.load(f)["architectures"], ["GPT2LMHeadModel"])
    model, info = transformers.GPT2LMHeadModel.from_pretrained(full, attn_implementation="eager",
                                                               output_loading_info=True)
    model = model.float().eval()
    problems = {k: v for k, v in info.items() if v}
    report.equal("model/ loads in GPT2LMHeadModel.from_pretrained", problems, {},
                 "no missing, unexpected or mismatched keys" if not problems else "")
    report.equal("its LM head is wte", model.lm_head.weight.data_ptr() == model.transformer.wte.weight.data_ptr(),
                 True)
    start = transformers.GPT2LMHeadModel.from_pretrained(base, attn_implementation="eager").float().eval()
    report.differ("training moved the weights", model.transformer.h[0].attn.c_attn.weight.detach().numpy(),
                  start.transformer.h[0].attn.c_attn.weight.detach().numpy(), 1e-3)

    print("-- (b) held-out loss: litetune-cli eval vs transformers' own tokenizer, packing and loss", flush=True)
    blocks = hf_blocks(transformers, full, HELD_OUT)
    metrics, lt_blocks = cli_eval(work, "full", full, held_out)
    report.equal("LiteTune's eval blocks are transformers' blocks", lt_blocks, blocks,
                 "%d blocks of %d tokens" % (len(blocks), BLOCK))
    want = hf_loss(torch, model, blocks)
    report.close("trained model: eval_loss vs GPT2LMHeadModel loss", metrics["eval_loss"], want, kind="loss")
    report.close("trained model: perplexity vs exp(loss)", metrics["perplexity"], math.exp(want), kind="loss",
                 relative=True)
    base_metrics, _ = cli_eval(work, "base", base, held_out)
    report.close("base model: eval_loss vs GPT2LMHeadModel loss", base_metrics["eval_loss"],
                 hf_loss(torch, start, blocks), kind="loss")

    print("-- (c) LoRA causal-LM run, adapter/ in PEFT", flush=True)
    lora = os.path.join(train(work, base, corpus, "lora", ["--lora-r", "4", "--lora-alpha", "8",
                                                            "--lora-targets", "c_attn,c_fc", "--lora-dropout", "0"]),
                        "adapter")
    with open(os.path.join(lora, "adapter_config.json"), encoding="utf-8") as f:
        config = json.load(f)
    report.equal("adapter task_type and modules_to_save", [config["task_type"], config["modules_to_save"]],
                 ["CAUSAL_LM", None])
    peft_model = peft.PeftModel.from_pretrained(
        transformers.GPT2LMHeadModel.from_pretrained(base, attn_implementation="eager"), lora).float().eval()
    import peft_load_ours
    check = peft_load_ours.adapter_key_check(torch, peft, peft_model, lora)
    report.equal("PEFT loads LiteTune's causal-LM adapter exactly", check["ok"], True,
                 "%d tensors" % check["tensors_in_file"] if check["ok"] else str(check))
    lora_metrics, _ = cli_eval(work, "lora", base, held_out, adapter=lora)
    peft_loss = hf_loss(torch, peft_model, blocks)
    report.close("LoRA: eval_loss vs PeftModel loss", lora_metrics["eval_loss"], peft_loss, kind="loss")
    report.differ("LoRA changed the loss", [lora_metrics["eval_loss"]], [base_metrics["eval_loss"]], 1e-4)


if __name__ == "__main__":
    sys.exit(hc.run_checks("hf_causal_lm", "LiteTune causal LM vs transformers %s / PEFT %s (torch %s)", checks))
