#!/usr/bin/env python3
"""hf_tokenizer: `litetune-cli tokenize` against tiktoken and Hugging Face `tokenizers` (GPT-2),
on every text of the shared data and on the special token "<|endoftext|>".

The references, both built offline from the shared GPT-2 files (shared/reference/gpt2-tokenizer):
  tiktoken    Encoding from tiktoken.load.data_gym_to_mergeable_bpe_ranks(merges.txt, vocab.json),
              pat_str tiktoken_ext.openai_public.r50k_pat_str (the "gpt2" encoding's), special
              token <|endoftext|> = 50256
  tokenizers  transformers.GPT2Tokenizer.from_pretrained(that folder).backend_tokenizer: BPE +
              ByteLevel pre-tokenizer, <|endoftext|> an added special token; encode with
              add_special_tokens=False (GPT-2 adds nothing anyway)
Texts: every line of every .txt file and every cell of every .csv file under shared/data (all
splits: TweetEval emoji train/validation text, labels and mapping; the tweet-emoji CSVs), plus the
texts of shared/reference/tokenizer/gpt2-vectors.jsonl (355 edge cases and more).
Ids must be identical (no tolerance):
  litetune-cli tokenize (default, "<|endoftext|>" as plain text) == tiktoken encode_ordinary
  litetune-cli tokenize --recognize-special == tokenizers.encode == tiktoken encode(allowed_special="all")
Special-token behaviour (texts containing "<|endoftext|>") is checked for each tool and printed;
docs/parity.md states the differences.
"""

import csv
import json
import os
import sys
import traceback

import hf_common as hc

SPECIAL = "<|endoftext|>"
SPECIAL_TEXTS = [
    SPECIAL,
    "Hello" + SPECIAL + " world",
    " " + SPECIAL + " ",
    "a" + SPECIAL + SPECIAL + "b",
    SPECIAL + "\n" + SPECIAL,
    "tweet " + SPECIAL + " 😂 @user",
    "<|endoftext",            # incomplete: plain text everywhere
    "<|ENDOFTEXT|>",          # other case: plain text everywhere
    "it's" + SPECIAL + "'s",  # a contraction on either side
]


def data_texts(root):
    """{source: [text, ...]} for every file under `root`; an unknown file type is an error, so
    a new fixture cannot go unchecked."""
    out = {}
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if name.endswith(".txt"):
                with open(path, encoding="utf-8", newline="") as f:
                    lines = f.read().split("\n")
                if lines and lines[-1] == "":
                    lines.pop()  # the final line break ends the last line
                texts = list(lines)
                texts += [field for line in lines if "\t" in line for field in line.split("\t")]
                out[rel] = texts
            elif name.endswith(".csv"):
                with open(path, encoding="utf-8", newline="") as f:
                    out[rel] = [cell for row in csv.reader(f) for cell in row]
            else:
                raise RuntimeError("shared/data/%s: unknown file type; teach test_tokenizer.py to read it" % rel)
    return out


def litetune_ids(model, texts, recognize):
    args = [hc.cli(), "tokenize", "--model", model] + (["--recognize-special"] if recognize else [])
    stdin = "".join(json.dumps({"text": t}) + "\n" for t in texts).encode("utf-8")
    lines = hc.run(args, stdin=stdin, timeout=300).decode("utf-8").splitlines()
    if len(lines) != len(texts):
        raise RuntimeError("litetune-cli tokenize printed %d lines for %d texts" % (len(lines), len(texts)))
    return [json.loads(line)["ids"] for line in lines]


def compare_lists(report, name, texts, got, want):
    """One line: how many texts agree; the first few disagreements shown."""
    bad = [i for i in range(len(texts)) if got[i] != want[i]]
    detail = "%d of %d texts identical (%d tokens)" % (len(texts) - len(bad), len(texts), sum(len(w) for w in want))
    extra = ["FAIL   %s: text %r: LiteTune %s, reference %s" % (name, texts[i][:80], got[i][:20], want[i][:20])
             for i in bad[:5]]
    return report.verdict(name, not bad, detail, extra)


def main(argv):
    shared = hc.shared()
    transformers, tiktoken, tokenizers, np = hc.require_modules("transformers", "tiktoken", "tokenizers", "numpy")
    import tiktoken.load
    import tiktoken_ext.openai_public as openai_public
    hc.quiet_transformers(transformers)
    folder = os.path.join(shared, "reference", "gpt2-tokenizer")
    report = hc.Report(np, "hf_tokenizer: litetune-cli tokenize vs tiktoken %s and tokenizers %s (GPT-2)"
                       % (tiktoken.__version__, tokenizers.__version__))
    try:
        os.environ["TIKTOKEN_CACHE_DIR"] = ""  # read the local files, write no cache
        ranks = tiktoken.load.data_gym_to_mergeable_bpe_ranks(os.path.join(folder, "merges.txt"),
                                                              os.path.join(folder, "vocab.json"))
        enc = tiktoken.Encoding("gpt2-shared", pat_str=openai_public.r50k_pat_str, mergeable_ranks=ranks,
                                special_tokens={SPECIAL: 50256}, explicit_n_vocab=50257)
        hf = transformers.GPT2Tokenizer.from_pretrained(folder).backend_tokenizer
        # transformers 5 ignores GPT2Tokenizer(vocab_file=..., merges_file=...) silently (empty
        # vocabulary): make sure this one really holds GPT-2's.
        report.equal("tokenizers vocabulary size", hf.get_vocab_size(), 50257)

        sets = data_texts(os.path.join(shared, "data"))
        with open(os.path.join(shared, "reference", "tokenizer", "gpt2-vectors.jsonl"), encoding="utf-8") as f:
            sets["reference/tokenizer/gpt2-vectors.jsonl (texts)"] = [json.loads(line)["text"] for line in f]
        everything = [t for texts in sets.values() for t in texts]
        unique = sorted(set(everything))
        print("-- %d texts from %s; %d distinct" % (len(everything), ", ".join(sorted(sets)), len(unique)),
              flush=True)
        with_special = [t for t in unique if SPECIAL in t]
        print("   %d of them contain %s" % (len(with_special), SPECIAL), flush=True)

        jobs = hc.Jobs()
        lt_plain, lt_special = (jobs.submit(litetune_ids, folder, unique, recognize=r) for r in (False, True))
        tt_plain = enc.encode_ordinary_batch(unique, num_threads=2)
        # allowed_special only matters where the special string occurs (the texts listed above).
        tt_special = list(tt_plain)
        for i, text in enumerate(unique):
            if SPECIAL in text:
                tt_special[i] = enc.encode(text, allowed_special="all")
        hf_ids = [e.ids for e in hf.encode_batch(unique, add_special_tokens=False)]
        lt_plain, lt_special = lt_plain.result(), lt_special.result()
        jobs.close()
        compare_lists(report, "all texts: litetune tokenize vs tiktoken encode_ordinary", unique, lt_plain, tt_plain)
        compare_lists(report, "all texts: litetune tokenize --recognize-special vs tokenizers", unique, lt_special,
                      hf_ids)
        compare_lists(report, "all texts: litetune tokenize --recognize-special vs tiktoken allowed_special=all",
                      unique, lt_special, tt_special)
        for source, texts in sorted(sets.items()):
            index = {t: i for i, t in enumerate(unique)}
            ok = all(lt_plain[index[t]] == tt_plain[index[t]] and lt_special[index[t]] == hf_ids[index[t]]
                     for t in texts)
            report.verdict("%s: identical ids" % source, ok, "%d texts" % len(texts))

        # Special-token behaviour, text by text.
        print("-- texts containing %s" % SPECIAL, flush=True)
        lt_plain = litetune_ids(folder, SPECIAL_TEXTS, recognize=False)
        lt_special = litetune_ids(folder, SPECIAL_TEXTS, recognize=True)
        for i, text in enumerate(SPECIAL_TEXTS):
            plain = enc.encode_ordinary(text)
            allowed = enc.encode(text, allowed_special="all")
            hf_text = hf.encode(text, add_special_tokens=False).ids
            try:
                enc.encode(text)
                default = "accepted"
            except ValueError:
                default = "raises ValueError"
            contains = SPECIAL in text
            report.equal("%r: litetune tokenize == tiktoken encode_ordinary" % text, lt_plain[i], plain,
                         "%s (%d ids, 50256 %s)" % (lt_plain[i], len(plain), "absent" if 50256 not in plain else "in"))
            report.equal("%r: litetune --recognize-special == tokenizers == tiktoken allowed_special=all" % text,
                         (lt_special[i], lt_special[i]), (hf_text, allowed), "%s" % lt_special[i])
            report.equal("%r: plain text has no 50256, recognized has one per occurrence" % text,
                         (50256 in lt_plain[i], lt_special[i].count(50256)), (False, text.count(SPECIAL)))
            report.equal("%r: tiktoken encode() default" % text, default,
                         "raises ValueError" if contains else "accepted", default)
    except Exception:
        traceback.print_exc()
        report.fail("hf_tokenizer", "stopped by the exception above")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
