#!/usr/bin/python3
"""The PyTorch-Python anchor for `litetune-cli bench train` / `bench eval`.

A minimal GPT-2 sequence classifier (nanoGPT-style, Hugging Face semantics: pre-LN blocks,
gelu_new, Conv1D weights [in, out], explicit causal attention as LibTorch 1.13 runs it, a bias-free
score head read at each row's last token) doing exactly the step LiteTune's bench does: random ids
B x T, forward, cross-entropy, backward, clip_grad_norm_(1.0), AdamW (betas 0.9/0.999, eps 1e-8,
lr 5e-5), zero_grad; one warm-up step not counted, then N timed steps. Same shapes, same thread
count, same LibTorch underneath (Debian's python3-torch), so the difference is the language and the
code on top. Prints one JSON line with the same keys as the bench verbs.

Usage: /usr/bin/python3 torch_reference.py --layers 4 --embd 256 --heads 4 --batch-size 8 \
           --seq-len 128 --steps 20 --threads 2 [--method full|lora|eval]
Reads nothing from LiteTune; weights are random (values do not change the timing).
"""
import argparse
import json
import math
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Conv1D(nn.Module):
    def __init__(self, nx, nf):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(nx, nf) * 0.02)
        self.bias = nn.Parameter(torch.zeros(nf))

    def forward(self, x):
        shape = x.shape[:-1] + (self.weight.shape[1],)
        return torch.addmm(self.bias, x.reshape(-1, x.shape[-1]), self.weight).view(shape)


class LoraConv1D(nn.Module):
    """PEFT's LoRA around a frozen Conv1D: base(x) + B(A(dropout(x))) * alpha / r."""

    def __init__(self, base, r, alpha, dropout):
        super().__init__()
        self.base = base
        self.lora_A = nn.Linear(base.weight.shape[0], r, bias=False)
        self.lora_B = nn.Linear(r, base.weight.shape[1], bias=False)
        nn.init.zeros_(self.lora_B.weight)
        self.dropout = nn.Dropout(dropout)
        self.scaling = alpha / r

    def forward(self, x):
        return self.base(x) + self.lora_B(self.lora_A(self.dropout(x))) * self.scaling


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


class Block(nn.Module):
    def __init__(self, C, H, positions):
        super().__init__()
        self.H = H
        self.ln_1 = nn.LayerNorm(C, eps=1e-5)
        self.c_attn = Conv1D(C, 3 * C)
        self.c_proj = Conv1D(C, C)
        self.ln_2 = nn.LayerNorm(C, eps=1e-5)
        self.c_fc = Conv1D(C, 4 * C)
        self.mlp_proj = Conv1D(4 * C, C)
        self.drop = nn.Dropout(0.1)
        self.register_buffer("future", torch.triu(torch.ones(positions, positions, dtype=torch.bool), 1))

    def attention(self, x):
        B, T, C = x.shape
        q, k, v = self.c_attn(x).split(C, dim=2)
        q, k, v = (t.view(B, T, self.H, C // self.H).transpose(1, 2) for t in (q, k, v))  # (B, nh, T, hs)
        scores = (q @ k.transpose(-2, -1)) / math.sqrt(C // self.H)
        scores = scores.masked_fill(self.future[:T, :T], torch.finfo(scores.dtype).min)
        y = self.drop(F.softmax(scores, dim=-1)) @ v
        return self.drop(self.c_proj(y.transpose(1, 2).reshape(B, T, C)))

    def forward(self, x):
        x = x + self.attention(self.ln_1(x))
        return x + self.drop(self.mlp_proj(gelu_new(self.c_fc(self.ln_2(x)))))


class Gpt2Classifier(nn.Module):
    def __init__(self, vocab, positions, C, H, layers, labels):
        super().__init__()
        self.wte = nn.Embedding(vocab, C)
        self.wpe = nn.Embedding(positions, C)
        self.drop = nn.Dropout(0.1)
        self.h = nn.ModuleList([Block(C, H, positions) for _ in range(layers)])
        self.ln_f = nn.LayerNorm(C, eps=1e-5)
        self.score = nn.Linear(C, labels, bias=False)

    def forward(self, ids, lengths):
        B, T = ids.shape
        x = self.drop(self.wte(ids) + self.wpe(torch.arange(T)))
        for block in self.h:
            x = block(x)
        x = self.ln_f(x)
        return self.score(x[torch.arange(B), lengths - 1])  # pool at each row's last real token


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--embd", type=int, default=256)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--vocab", type=int, default=50257)
    p.add_argument("--positions", type=int, default=1024)
    p.add_argument("--labels", type=int, default=20)
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--seq-len", type=int, default=128)
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--method", choices=["full", "lora", "eval"], default="full")
    a = p.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(42)
    model = Gpt2Classifier(a.vocab, a.positions, a.embd, a.heads, a.layers, a.labels)
    if a.method == "lora":
        for p_ in model.parameters():
            p_.requires_grad_(False)
        for block in model.h:
            block.c_attn = LoraConv1D(block.c_attn, r=8, alpha=16, dropout=0.1)
        model.score.weight.requires_grad_(True)
    training = a.method != "eval"
    model.train(training)
    params = [p_ for p_ in model.parameters() if p_.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=5e-5, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0) if training else None
    ids = torch.randint(0, a.vocab, (a.batch_size, a.seq_len))
    labels = torch.randint(0, a.labels, (a.batch_size,))
    lengths = torch.full((a.batch_size,), a.seq_len)

    def step():
        if not training:
            with torch.no_grad():
                model(ids, lengths)
            return
        F.cross_entropy(model(ids, lengths), labels).backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        optimizer.zero_grad()

    step()  # warm-up
    times = []
    start = time.perf_counter()
    for _ in range(a.steps):
        t0 = time.perf_counter()
        step()
        times.append((time.perf_counter() - t0) * 1000.0)
    seconds = time.perf_counter() - start
    non_embedding = sum(p_.numel() for n, p_ in model.named_parameters() if not n.startswith(("wte.", "wpe.")))
    flops_per_token = {"full": 6.0, "lora": 4.0, "eval": 2.0}[a.method] * non_embedding
    n = 2048
    x, y = torch.randn(n, n), torch.randn(n, n)
    x @ y
    best = min(_timed(lambda: x @ y) for _ in range(5))
    peak = 2.0 * n ** 3 / best
    tokens_per_s = a.batch_size * a.seq_len * a.steps / seconds
    print(json.dumps({
        "samples_per_s": a.batch_size * a.steps / seconds,
        "tokens_per_s": tokens_per_s,
        "step_ms_median": statistics.median(times),
        "peak_memory_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "mfu": flops_per_token * tokens_per_s / peak,
        "peak_flops": peak,
        "peak_flops_source": f"measured: {n}x{n} float32 matmul on cpu with {a.threads} threads",
        "method": a.method, "batch_size": a.batch_size, "seq_len": a.seq_len, "steps": a.steps,
        "threads": torch.get_num_threads(), "torch": torch.__version__,
    }))


def _timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
