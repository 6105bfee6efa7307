#!/usr/bin/env python3
"""The anchors of `litetune-cli bench tokenize`: OpenAI's tiktoken (Rust core, Python binding)
and Hugging Face `tokenizers` (Rust), both with the GPT-2 encoding built offline from the
shared tokenizer files, under the protocol of the C++ verb (app/cli/BenchTokenize.cpp):

  - the corpus is split on "\\n" only, a final empty piece after a trailing newline dropped;
    bytes = the UTF-8 bytes of those lines (newlines not counted);
  - one encode call per line, "<|endoftext|>" as plain text (tiktoken: encode_ordinary;
    tokenizers: a model without added special tokens);
  - one thread: RAYON_NUM_THREADS=1 and TOKENIZERS_PARALLELISM=false are set before the import,
    and only the single-text calls are used (the *_batch calls are the threaded ones);
  - one untimed warm-up pass, then N timed passes; the median.

Prints one JSON line {bytes, tokens, median_s, bytes_per_s, tokens_per_s}, the keys and order
of the C++ verb; the versions go to stderr. tests/bench/tokenizer/run.sh runs this next to
LiteTune and requires all token counts to agree.

Usage: anchors.py --engine tiktoken|tokenizers --tokenizer DIR --corpus FILE [--reps N]
       (DIR holds GPT-2's vocab.json + merges.txt, e.g. shared/reference/gpt2-tokenizer)
Exit status: 0 ok, 2 bad input or a missing package (named).
"""

import os

# Before tokenizers/tiktoken load: their thread pools read these once.
os.environ["RAYON_NUM_THREADS"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

EOS = "<|endoftext|>"
EOS_ID = 50256


def fail(message):
    print("anchors.py: %s" % message, file=sys.stderr)
    sys.exit(2)


def read_lines(path):
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        fail("cannot read the corpus %s: %s" % (path, e.strerror))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("the corpus %s is not UTF-8 (byte %d)" % (path, e.start))
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def tokenizer_files(folder):
    vocab = os.path.join(folder, "vocab.json")
    merges = os.path.join(folder, "merges.txt")
    for path in (vocab, merges):
        if not os.path.isfile(path):
            fail("--tokenizer %s: missing %s" % (folder, os.path.basename(path)))
    return vocab, merges


def tiktoken_encoder(folder):
    """tiktoken's "gpt2" encoding, built from local files: the same construction as
    tiktoken_ext.openai_public.gpt2(), whose URLs cannot be reached here."""
    try:
        import tiktoken
        import tiktoken.load
        from tiktoken_ext import openai_public
    except ImportError as e:
        fail("%s: the tiktoken package is missing from %s (packaging/install-python installs it)"
             % (e, sys.executable))
    vocab, merges = tokenizer_files(folder)
    ranks = tiktoken.load.data_gym_to_mergeable_bpe_ranks(vocab_bpe_file=merges, encoder_json_file=vocab)
    encoding = tiktoken.Encoding(name="gpt2-offline", pat_str=openai_public.r50k_pat_str,
                                 mergeable_ranks=ranks, special_tokens={EOS: EOS_ID}, explicit_n_vocab=50257)
    print("anchors.py: tiktoken %s, %d ranks from %s" % (tiktoken.__version__, len(ranks), folder), file=sys.stderr)
    return encoding.encode_ordinary


def tokenizers_encoder(folder):
    """Hugging Face tokenizers with GPT-2's pipeline (byte-level pre-tokenizer with GPT-2's regex,
    BPE from vocab.json + merges.txt). <|endoftext|> is deliberately not an added special token, so
    it is encoded as text, like encode_ordinary and LiteTune's bench."""
    try:
        import tokenizers
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    except ImportError as e:
        fail("%s: the tokenizers package is missing from %s (packaging/install-python installs it)"
             % (e, sys.executable))
    vocab, merges = tokenizer_files(folder)
    tokenizer = Tokenizer(models.BPE.from_file(vocab, merges))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tokenizer.decoder = decoders.ByteLevel()
    print("anchors.py: tokenizers %s, GPT-2 BPE from %s" % (tokenizers.__version__, folder), file=sys.stderr)
    encode = tokenizer.encode

    def ids(line):
        return encode(line, add_special_tokens=False).ids

    return ids


def main():
    p = argparse.ArgumentParser(description="tiktoken / HF tokenizers anchor for litetune-cli bench tokenize")
    p.add_argument("--engine", required=True, choices=["tiktoken", "tokenizers"])
    p.add_argument("--tokenizer", required=True, help="folder with GPT-2's vocab.json and merges.txt")
    p.add_argument("--corpus", required=True)
    p.add_argument("--reps", type=int, default=5)
    args = p.parse_args()
    if not 1 <= args.reps <= 1000:
        fail("--reps expects a count from 1 to 1000, got %d" % args.reps)

    encode = tiktoken_encoder(args.tokenizer) if args.engine == "tiktoken" else tokenizers_encoder(args.tokenizer)
    # Sanity: GPT-2's own encoding of a known text, so a wrong vocabulary cannot pass unnoticed.
    if list(encode("Hello world")) != [15496, 995]:
        fail("%s encodes 'Hello world' as %s, not GPT-2's [15496, 995]" % (args.engine, list(encode("Hello world"))))
    lines = read_lines(args.corpus)
    total_bytes = sum(len(line.encode("utf-8")) for line in lines)

    def one_pass():
        tokens = 0
        for line in lines:
            tokens += len(encode(line))
        return tokens

    tokens = one_pass()  # warm-up, as the C++ verb does
    seconds = []
    for _ in range(args.reps):
        start = time.perf_counter()
        if one_pass() != tokens:
            fail("the token count changed between passes over the same corpus")
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    # compact separators: byte for byte the form of the C++ verb's line
    print(json.dumps({"bytes": total_bytes, "tokens": tokens, "median_s": median,
                      "bytes_per_s": total_bytes / median if median > 0 else 0.0,
                      "tokens_per_s": tokens / median if median > 0 else 0.0}, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
