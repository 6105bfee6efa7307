"""The data side of hf_reference.py, stdlib only (so it can be checked without transformers): a
TweetEval task folder or a train.csv + validation.csv folder read into texts and labels, and
BadInput, the error for input at fault that every part of hf_reference raises."""

import csv
import os


class BadInput(Exception):
    """Input (files, flags, environment) at fault: exit status 2."""


def read_lines(path):
    """Lines of a UTF-8 text file, split on '\\n' only (str.splitlines would also split on
    U+2028, U+0085 and friends, which occur inside tweets)."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise BadInput("cannot read %s: %s" % (path, e.strerror))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadInput("%s is not UTF-8 (byte %d)" % (path, e.start))
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _first_existing(folder, names):
    for name in names:
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            return path
    return None


def load_tweeteval_split(folder, split):
    """(texts, labels) of one TweetEval split; split is 'train' or 'validation'."""
    prefixes = ["train"] if split == "train" else ["val", "validation", "dev"]
    for prefix in prefixes:
        text_path = os.path.join(folder, prefix + "_text.txt")
        label_path = os.path.join(folder, prefix + "_labels.txt")
        if os.path.isfile(text_path) and os.path.isfile(label_path):
            texts = read_lines(text_path)
            labels = []
            for number, line in enumerate(read_lines(label_path), 1):
                try:
                    labels.append(int(line.strip()))
                except ValueError:
                    raise BadInput("%s line %d: label %r is not an integer" % (label_path, number, line))
            if len(texts) != len(labels):
                raise BadInput("%s has %d lines but %s has %d" % (text_path, len(texts), label_path, len(labels)))
            return texts, labels
    raise BadInput("no %s split in %s (expected %s_text.txt and %s_labels.txt)"
                   % (split, folder, prefixes[0], prefixes[0]))


def load_csv_split(path, label_names=None):
    """(texts, label_names_per_row) from a CSV with a header (text: tweet/text/sentence;
    label: emoji/label/labels)."""
    try:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
    except OSError as e:
        raise BadInput("cannot read %s: %s" % (path, e.strerror))
    if not rows:
        raise BadInput("%s is empty" % path)
    header = [h.strip().lower() for h in rows[0]]

    def column(candidates, what):
        for c in candidates:
            if c in header:
                return header.index(c)
        raise BadInput("%s: no %s column (looked for %s)" % (path, what, ", ".join(candidates)))

    ti = column(["tweet", "text", "sentence"], "text")
    li = column(["emoji", "label", "labels"], "label")
    texts, names = [], []
    for number, row in enumerate(rows[1:], 2):
        if len(row) <= max(ti, li):
            raise BadInput("%s line %d: %d fields, expected at least %d" % (path, number, len(row), max(ti, li) + 1))
        texts.append(row[ti])
        names.append(row[li])
    return texts, names


def load_dataset(folder, limit_train, limit_eval):
    """Returns dict(train=(texts, labels), validation=(texts, labels), num_labels, label_names, layout)."""
    if not os.path.isdir(folder):
        raise BadInput("--data %s is not a folder" % folder)
    if os.path.isfile(os.path.join(folder, "train_text.txt")):
        train = load_tweeteval_split(folder, "train")
        validation = load_tweeteval_split(folder, "validation")
        mapping = os.path.join(folder, "mapping.txt")
        label_names = None
        if os.path.isfile(mapping):
            label_names = []
            for line in read_lines(mapping):
                if line.strip():
                    fields = line.split("\t")
                    label_names.append(fields[2].strip("_ ") if len(fields) > 2 else fields[-1])
        num_labels = max(max(train[1]), max(validation[1])) + 1
        if label_names:
            num_labels = max(num_labels, len(label_names))
        layout = "tweeteval"
    else:
        train_path = _first_existing(folder, ["train.csv"])
        val_path = _first_existing(folder, ["validation.csv", "val.csv", "dev.csv"])
        if not train_path or not val_path:
            raise BadInput("%s is neither a TweetEval folder (train_text.txt ...) nor a CSV folder "
                           "(train.csv + validation.csv)" % folder)
        train_texts, train_names = load_csv_split(train_path)
        val_texts, val_names = load_csv_split(val_path)
        label_names = sorted(set(train_names))
        index = {name: i for i, name in enumerate(label_names)}
        unknown = sorted(set(val_names) - set(index))
        if unknown:
            raise BadInput("%s: label %r does not occur in %s" % (val_path, unknown[0], train_path))
        train = (train_texts, [index[n] for n in train_names])
        validation = (val_texts, [index[n] for n in val_names])
        num_labels = len(label_names)
        layout = "csv"
    if limit_train > 0:
        train = (train[0][:limit_train], train[1][:limit_train])
    if limit_eval > 0:
        validation = (validation[0][:limit_eval], validation[1][:limit_eval])
    if not train[0] or not validation[0]:
        raise BadInput("%s: empty train or validation split" % folder)
    for split_labels in (train[1], validation[1]):
        bad = [y for y in split_labels if y < 0 or y >= num_labels]
        if bad:
            raise BadInput("%s: label %d out of range 0..%d" % (folder, bad[0], num_labels - 1))
    return {"train": train, "validation": validation, "num_labels": num_labels,
            "label_names": label_names, "layout": layout}
