#!/usr/bin/env python3
"""Builds a small random GPT-2 sequence classifier with Hugging Face transformers and the
expected outputs for LiteTune's parity checks: the CTest suite tests/hf (which imports the
functions below through hf_common.py) and tests/bench/gpu-check (which runs this file).

Writes:
  OUT/config.json + OUT/model.safetensors   GPT2ForSequenceClassification.save_pretrained
                                            (safetensors), seeded random weights
  OUT/vocab.json + OUT/merges.txt           a byte-level BPE vocabulary of --vocab entries
                                            (256 byte symbols, learned/filled merges, the last
                                            id is "<|endoftext|>" = pad = eos)
  --input FILE     (default OUT/../input.json)     the man page (packaging/litetune-cli.1) `logits` input: right-padded batch
  --expected FILE  (default OUT/../expected.json)  {"logits", "loss"} from transformers:
                                                  eager attention, float32, eval mode, CPU
  --csv FILE       (optional) a tiny labelled CSV (columns tweet,emoji; labels LABEL_0..)
                   for a short `litetune-cli train` run on this model

--tokenizer-only writes just vocab.json, merges.txt and the CSV (stdlib only, no torch or
transformers needed), for dry runs on machines without transformers.

Weights are deliberately not Hugging Face's init: linear/embedding weights ~ N(0, 0.1),
biases ~ N(0, 0.05), LayerNorm weights ~ 1 + N(0, 0.1), LayerNorm biases ~ N(0, 0.05), so a
port that ignores a bias or a LayerNorm parameter is caught.
"""

import argparse
import collections
import csv
import json
import os
import random
import sys

EOS = "<|endoftext|>"


def bytes_to_unicode():
    """GPT-2's reversible byte -> printable character table: printable Latin-1 bytes map to
    themselves, the rest to 256 + n in byte order."""
    keep = list(range(ord("!"), ord("~") + 1)) + list(range(ord("\xa1"), ord("\xac") + 1)) + \
        list(range(ord("\xae"), ord("\xff") + 1))
    table = {}
    extra = 0
    for b in range(256):
        if b in keep:
            table[b] = chr(b)
        else:
            table[b] = chr(256 + extra)
            extra += 1
    return table


WORDS = {
    0: ["sunny", "beach", "summer", "sunshine", "bright"],
    1: ["love", "heart", "darling", "sweet", "forever"],
    2: ["funny", "laugh", "joke", "hilarious", "lol"],
    3: ["fire", "lit", "hot", "blazing", "flame"],
    4: ["sad", "tears", "cry", "miss", "lonely"],
}
FILLER = ["the", "a", "my", "today", "with", "at", "so", "and", "this", "is", "we", "you", "our", "day",
          "night", "friends", "game", "time", "new", "best", "@user", "#tbt", "!!", "..."]


def tiny_corpus(num_labels, rows, seed):
    rng = random.Random(seed)
    out = []
    for i in range(rows):
        label = i % num_labels
        keywords = WORDS[label % len(WORDS)]
        words = [rng.choice(FILLER) for _ in range(rng.randint(2, 7))]
        words.insert(rng.randint(0, len(words)), rng.choice(keywords))
        if rng.random() < 0.5:
            words.append(rng.choice(keywords))
        out.append((" ".join(words), "LABEL_%d" % label))
    return out


def make_bpe(vocab_size, texts):
    """A valid byte-level BPE vocabulary of exactly vocab_size entries: 256 byte symbols, merges
    learned on `texts` (then filled with letter pairs), and EOS as the last id."""
    if vocab_size < 257:
        raise SystemExit("make_random_gpt2.py: --vocab must be at least 257")
    table = bytes_to_unicode()
    vocab = {}
    for b in range(256):
        vocab[table[b]] = len(vocab)
    n_merges = vocab_size - 1 - 256
    words = collections.Counter()
    for text in texts:
        for i, word in enumerate(text.split(" ")):
            raw = ((" " if i else "") + word).encode("utf-8")
            if raw:
                words[tuple(table[b] for b in raw)] += 1
    merges = []
    while len(merges) < n_merges:
        pairs = collections.Counter()
        for word, count in words.items():
            for a, b in zip(word, word[1:]):
                if a + b not in vocab:
                    pairs[(a, b)] += count
        if not pairs:
            break
        best = min(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        merges.append(best)
        vocab[best[0] + best[1]] = len(vocab)
        merged = collections.Counter()
        for word, count in words.items():
            out, i = [], 0
            while i < len(word):
                if i + 1 < len(word) and (word[i], word[i + 1]) == best:
                    out.append(word[i] + word[i + 1])
                    i += 2
                else:
                    out.append(word[i])
                    i += 1
            merged[tuple(out)] += count
        words = merged
    letters = "etaoinshrdlucmfwypvbgkjqxz"
    fill = ((a, b) for a in letters for b in letters)
    for a, b in fill:
        if len(merges) >= n_merges:
            break
        if a + b not in vocab:
            merges.append((a, b))
            vocab[a + b] = len(vocab)
    if len(merges) < n_merges:
        raise SystemExit("make_random_gpt2.py: could not fill %d merges" % n_merges)
    vocab[EOS] = len(vocab)
    assert len(vocab) == vocab_size
    return vocab, merges


def write_tokenizer(folder, vocab, merges):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False)
    with open(os.path.join(folder, "merges.txt"), "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")
        for a, b in merges:
            f.write("%s %s\n" % (a, b))


def write_csv(path, rows):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["tweet", "emoji"])
        writer.writerows(rows)


def make_inputs(lengths, vocab, pad, num_labels, seed):
    """A right-padded batch: rows of `lengths` real ids (never `pad`), padded with `pad`."""
    rng = random.Random(seed + 1)
    width = max(lengths)
    ids, mask, labels = [], [], []
    for n in lengths:
        real = [rng.randrange(0, vocab - 1) for _ in range(n)]
        real = [x + (x >= pad) for x in real]  # skip the pad id (a no-op when pad is the last id)
        ids.append(real + [pad] * (width - n))
        mask.append([1] * n + [0] * (width - n))
        labels.append(rng.randrange(num_labels))
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def gpt2_config(transformers, vocab=1000, positions=128, embd=64, layers=2, heads=4, labels=5, pad=None,
                eos=None, activation="gelu_new", inner=None, scale_attn_by_inverse_layer_idx=False,
                reorder_and_upcast_attn=False, layer_norm_epsilon=1e-5):
    """A GPT2Config for a classifier of `labels` labels (LABEL_i); pad defaults to vocab - 1 and
    eos (= bos) to pad."""
    pad = vocab - 1 if pad is None else pad
    eos = pad if eos is None else eos
    config = transformers.GPT2Config(
        vocab_size=vocab, n_positions=positions, n_embd=embd, n_layer=layers, n_head=heads, n_inner=inner,
        activation_function=activation, scale_attn_by_inverse_layer_idx=scale_attn_by_inverse_layer_idx,
        reorder_and_upcast_attn=reorder_and_upcast_attn, layer_norm_epsilon=layer_norm_epsilon,
        num_labels=labels, pad_token_id=pad, bos_token_id=eos, eos_token_id=eos, use_cache=False,
        id2label={i: "LABEL_%d" % i for i in range(labels)},
        label2id={"LABEL_%d" % i: i for i in range(labels)})
    config.architectures = ["GPT2ForSequenceClassification"]
    return config


def randomize_weights(torch, model, seed):
    """The wide random init of the module docstring, drawn from a generator seeded with `seed`."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            is_norm = ".ln_" in name or name.startswith("ln_") or ".ln_f." in name
            if name.endswith("bias"):
                p.copy_(torch.randn(p.shape, generator=generator) * 0.05)
            elif is_norm:
                p.copy_(1.0 + torch.randn(p.shape, generator=generator) * 0.1)
            else:
                p.copy_(torch.randn(p.shape, generator=generator) * 0.1)


def random_classifier(torch, transformers, config, seed):
    """GPT2ForSequenceClassification from `config` with eager attention and randomize_weights,
    float32, eval mode."""
    torch.manual_seed(seed)
    try:
        model = transformers.GPT2ForSequenceClassification._from_config(config, attn_implementation="eager")
    except (TypeError, ValueError, AttributeError):
        model = transformers.GPT2ForSequenceClassification(config)
    try:
        model.config._attn_implementation = "eager"
    except Exception:
        pass
    randomize_weights(torch, model, seed)
    return model.float().eval()


def build_model(args):
    try:
        import torch
        import transformers
    except ImportError as e:
        print("make_random_gpt2.py: %s (needs torch + transformers; --tokenizer-only needs neither)" % e,
              file=sys.stderr)
        sys.exit(2)
    config = gpt2_config(transformers, vocab=args.vocab, positions=args.positions, embd=args.embd,
                         layers=args.layers, heads=args.heads, labels=args.labels, pad=args.pad)
    return torch, transformers, random_classifier(torch, transformers, config, args.seed)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--out", required=True, help="model folder to write")
    p.add_argument("--input", default=None)
    p.add_argument("--expected", default=None)
    p.add_argument("--csv", default=None)
    p.add_argument("--csv-rows", type=int, default=120)
    p.add_argument("--tokenizer-only", action="store_true")
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--embd", type=int, default=64)
    p.add_argument("--positions", type=int, default=128)
    p.add_argument("--vocab", type=int, default=1000)
    p.add_argument("--labels", type=int, default=5)
    p.add_argument("--pad", type=int, default=None, help="pad = eos id (default: vocab - 1)")
    p.add_argument("--lengths", default="23,12,6,1", help="real lengths of the batch rows")
    p.add_argument("--seed", type=int, default=1234)
    args = p.parse_args()
    if args.pad is None:
        args.pad = args.vocab - 1
    if args.pad != args.vocab - 1:
        sys.exit("make_random_gpt2.py: --pad must be vocab - 1 (the id of %s in the generated vocabulary)" % EOS)
    parent = os.path.dirname(os.path.abspath(args.out))
    args.input = args.input or os.path.join(parent, "input.json")
    args.expected = args.expected or os.path.join(parent, "expected.json")

    rows = tiny_corpus(args.labels, args.csv_rows, args.seed)
    vocab, merges = make_bpe(args.vocab, [text for text, _ in rows])
    if args.csv:
        write_csv(args.csv, rows)
    if args.tokenizer_only:
        write_tokenizer(args.out, vocab, merges)
        print(json.dumps({"out": args.out, "vocab": len(vocab), "merges": len(merges), "csv": args.csv}))
        return 0

    torch, transformers, model = build_model(args)
    os.makedirs(args.out, exist_ok=True)
    try:
        model.save_pretrained(args.out, safe_serialization=True)
    except TypeError:  # versions where safetensors is the only format
        model.save_pretrained(args.out)
    if not os.path.isfile(os.path.join(args.out, "model.safetensors")):
        sys.exit("make_random_gpt2.py: save_pretrained wrote no model.safetensors in %s" % args.out)
    write_tokenizer(args.out, vocab, merges)

    lengths = [int(x) for x in args.lengths.split(",")]
    if max(lengths) > args.positions:
        sys.exit("make_random_gpt2.py: a length exceeds --positions")
    inputs = make_inputs(lengths, args.vocab, args.pad, args.labels, args.seed)
    with open(args.input, "w", encoding="utf-8") as f:
        json.dump(inputs, f)
        f.write("\n")

    # Reference outputs from the folder just written (what LiteTune will read), eager, fp32, CPU.
    try:
        reloaded = transformers.GPT2ForSequenceClassification.from_pretrained(args.out, attn_implementation="eager")
    except (TypeError, ValueError):
        reloaded = transformers.GPT2ForSequenceClassification.from_pretrained(args.out)
    reloaded = reloaded.float().eval()
    with torch.no_grad():
        out = reloaded(input_ids=torch.tensor(inputs["input_ids"]),
                       attention_mask=torch.tensor(inputs["attention_mask"]),
                       labels=torch.tensor(inputs["labels"]))
    expected = {
        "logits": out.logits.float().tolist(),
        "loss": float(out.loss),
        "pooled_positions": [n - 1 for n in lengths],
        "attn_implementation": getattr(reloaded.config, "_attn_implementation", None),
        "device": "cpu",
        "dtype": "float32",
        "transformers": transformers.__version__,
        "torch": torch.__version__,
    }
    with open(args.expected, "w", encoding="utf-8") as f:
        json.dump(expected, f)
        f.write("\n")
    print(json.dumps({"out": args.out, "input": args.input, "expected": args.expected, "csv": args.csv,
                      "params": sum(p.numel() for p in reloaded.parameters()),
                      "transformers": transformers.__version__}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
