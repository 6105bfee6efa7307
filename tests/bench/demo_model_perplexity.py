#!/usr/bin/env python3
"""The demo model's held-out perplexity as transformers computes it, beside LiteTune's.

Usage: .venv/bin/python tests/bench/demo_model_perplexity.py WORK_DIR
WORK_DIR is tools/pretrain-demo-model's work folder: for the random start (random/) and the
pretrained model (pretrain/model/), `litetune-cli eval --task causal-lm` wrote eval-*/metrics.json
and the token blocks it scored (eval-*/eval_blocks.jsonl). GPT2LMHeadModel.from_pretrained scores
the same blocks (labels = input_ids) and the script prints both figures side by side
(docs/benchmarks.md "The demo model").
"""

import json
import math
import os
import sys

import torch
import transformers


def transformers_loss(folder, blocks_file):
    model = transformers.GPT2LMHeadModel.from_pretrained(folder, attn_implementation="eager").float().eval()
    with open(blocks_file, encoding="utf-8") as f:
        blocks = [json.loads(line)["ids"] for line in f if line.strip()]
    total, count = 0.0, 0
    with torch.no_grad():
        for i in range(0, len(blocks), 32):
            ids = torch.tensor(blocks[i:i + 32], dtype=torch.long)
            n = ids.numel() - ids.shape[0]  # predicted tokens: all but each block's first
            total += model(input_ids=ids, labels=ids).loss.item() * n
            count += n
    return total / count, len(blocks)


def main(work):
    print("| model | blocks | LiteTune eval_loss | LiteTune perplexity | transformers loss | transformers perplexity |")
    print("|---|---|---|---|---|---|")
    for name, folder in (("random", "random"), ("pretrained", os.path.join("pretrain", "model"))):
        evaluation = os.path.join(work, "eval-" + folder.split(os.sep)[0])
        with open(os.path.join(evaluation, "metrics.json"), encoding="utf-8") as f:
            ours = json.load(f)
        loss, blocks = transformers_loss(os.path.join(work, folder), os.path.join(evaluation, "eval_blocks.jsonl"))
        print("| %s | %d | %.6f | %.4f | %.6f | %.4f |"
              % (name, blocks, ours["eval_loss"], ours["perplexity"], loss, math.exp(loss)))


if __name__ == "__main__":
    torch.set_num_threads(2)
    main(sys.argv[1])
