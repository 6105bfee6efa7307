"""LiteTune's evaluation metrics against transformers.Trainer.evaluate with the usual scikit-learn
compute_metrics, on the CPU.

The model is a random GPT-2 (2 layers, width 32, GPT-2 vocabulary) whose final LayerNorm bias and
head are set so that two of its five classes can never win the argmax. The labels of 60 texts are
then chosen from the model's own predictions so that every corner of the averaging rules occurs:
- "dune" is in the labels but never predicted: its precision is 0/0 (zero_division=0 makes it 0),
  which the weighted precision sees through its support;
- the least-predicted class is predicted but never in the labels: its recall is 0/0 and it counts
  in the macro average (scikit-learn's labels=None: the union of labels and predictions);
- "ember" is neither: it must not count in the macro average.

litetune-cli eval writes metrics.json and predictions.csv. Compared:
1. LiteTune's metrics against scikit-learn on LiteTune's own predictions.csv (the formulas);
2. LiteTune's metrics and predictions against Trainer.evaluate(compute_metrics=...) on the same
   model and texts (names eval_loss, eval_accuracy, eval_f1, eval_precision, eval_recall,
   eval_f1_macro as the man page (packaging/litetune-cli.1) documents them; the same predicted class for every text).
Accuracy, precision, recall and F1 must agree to 1e-12 (float printing precision; summation order
may move the last bit); eval_loss to 1e-5 relative. The script also checks that the other choices
(zero_division=1, macro over all five classes) would give different numbers, so the data can tell.
"""
import csv
import os
import sys

from trainer_fixture import (LABELS, cleanup, finish, environment, make_model, read_json, relative, run_cli, texts,
                             tokenizer_of, workdir, write_csv)

MAX_LENGTH = 32
EVAL_BATCH = 8
NEVER_PREDICTED = ["dune", "ember"]  # the head makes them lose every argmax
METRIC_TOL = 1e-12
LOSS_RTOL = 1e-5


def sklearn_metrics(labels, predictions, zero_division=0, macro_labels=None):
    from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

    precision, recall, f1, _ = precision_recall_fscore_support(labels, predictions, average="weighted",
                                                               zero_division=zero_division)
    return {"eval_accuracy": accuracy_score(labels, predictions), "eval_f1": f1, "eval_precision": precision,
            "eval_recall": recall,
            "eval_f1_macro": f1_score(labels, predictions, average="macro", labels=macro_labels,
                                      zero_division=zero_division)}


def compute_metrics(eval_prediction):
    """The Trainer's compute_metrics as the usual recipe writes it (the Trainer adds "eval_")."""
    logits, labels = eval_prediction
    metrics = sklearn_metrics(labels, logits.argmax(-1))
    return {name[len("eval_"):]: value for name, value in metrics.items()}


def skewed_model(model_dir, tokenizer_dir):
    """make_model's model (biases 0, as transformers makes them) with NEVER_PREDICTED held far below
    the others: hidden unit 0 after ln_f is about 30 for every token; their head rows weigh it -3, the
    others 0. The head is scaled up 20 times first, so logits differ by units and no argmax is a
    near-tie two float32 forwards could break differently."""
    import torch

    model = make_model(model_dir, tokenizer_dir, seed=3, random_biases=False)
    with torch.no_grad():
        model.score.weight.mul_(20.0)
        model.transformer.ln_f.bias[0] = 30.0
        model.score.weight[:, 0] = 0.0
        for name in NEVER_PREDICTED:
            model.score.weight[LABELS.index(name), 0] = -3.0
    model.save_pretrained(model_dir)
    return model


def main():
    cli, tokenizer_dir = environment()
    import torch
    from transformers import DataCollatorWithPadding, PrinterCallback, Trainer, TrainingArguments

    torch.set_num_threads(2)
    work = workdir()
    failures = []
    try:
        model_dir = os.path.join(work, "model")
        model = skewed_model(model_dir, tokenizer_dir)
        tokenizer = tokenizer_of(model_dir)
        eval_texts = texts(60, seed=5)
        encoded = [dict(tokenizer(text, truncation=True, max_length=MAX_LENGTH)) for text in eval_texts]
        collator = DataCollatorWithPadding(tokenizer)
        model.eval()
        with torch.no_grad():
            predicted = model(**collator(encoded)).logits.argmax(-1).tolist()

        # Labels from the predictions: the least-predicted class never appears, "dune" does.
        counts = {c: predicted.count(c) for c in set(predicted)}
        if len(counts) < 3:
            print(f"FAIL: the model predicts only {sorted(LABELS[c] for c in counts)}; the test needs three classes",
                  file=sys.stderr)
            return 1
        absent = min(counts, key=lambda c: (counts[c], c))
        kept = sorted(c for c in counts if c != absent)
        dune = LABELS.index("dune")
        labels = []
        for i, p in enumerate(predicted):
            if p != absent and i % 3:
                labels.append(p)  # right
            else:
                labels.append(dune if i % 2 else kept[i % len(kept)])
        names = [LABELS[c] for c in labels]
        print(f"data: {len(eval_texts)} texts; predicted {sorted(LABELS[c] for c in counts)}, labelled "
              f"{sorted(set(names))}; predicted, never labelled: {LABELS[absent]}; labelled, never predicted: "
              f"dune; neither: ember")
        if LABELS.index("ember") in predicted + labels or dune in predicted or not kept or absent in labels:
            print("FAIL: the data does not have the corners the test is about", file=sys.stderr)
            return 1
        data = os.path.join(work, "eval.csv")
        write_csv(data, zip(eval_texts, names))

        out = os.path.join(work, "eval-out")
        run_cli(cli, "eval", "--model", model_dir, "--data", data, "--out", out, "--max-length", str(MAX_LENGTH),
                "--eval-batch-size", str(EVAL_BATCH), "--device", "cpu", "--threads", "2")
        ours = read_json(os.path.join(out, "metrics.json"))
        with open(os.path.join(out, "predictions.csv"), encoding="utf-8") as f:
            rows = sorted(csv.DictReader(f), key=lambda row: int(row["index"]))
        our_labels = [int(row["label"]) for row in rows]
        our_predictions = [int(row["predicted"]) for row in rows]

        # 1. The formulas: scikit-learn on LiteTune's own predictions.
        reference = sklearn_metrics(our_labels, our_predictions)
        # 2. The Trainer on the same model and texts.
        args = TrainingArguments(output_dir=os.path.join(work, "hf"), per_device_eval_batch_size=EVAL_BATCH,
                                 report_to="none", use_cpu=True, disable_tqdm=True, dataloader_num_workers=0)
        dataset = [dict(e, labels=c) for e, c in zip(encoded, labels)]
        trainer = Trainer(model=model, args=args, data_collator=collator, compute_metrics=compute_metrics)
        trainer.remove_callback(PrinterCallback)  # the figures below say it
        theirs = trainer.evaluate(eval_dataset=dataset)

        if our_labels != labels:
            failures.append("predictions.csv holds other labels than the file's")
        mismatched = sum(1 for a, b in zip(our_predictions, predicted) if a != b)
        print(f"predictions: {mismatched} of {len(predicted)} differ between LiteTune and transformers")
        if mismatched or len(our_predictions) != len(predicted):
            failures.append(f"{mismatched} predictions differ from the Trainer's model")
        for name in ("eval_accuracy", "eval_f1", "eval_precision", "eval_recall", "eval_f1_macro"):
            if name not in ours or name not in theirs:
                failures.append(f"{name} missing: LiteTune {name in ours}, Trainer {name in theirs}")
                continue
            vs_sklearn = abs(ours[name] - reference[name])
            vs_trainer = abs(ours[name] - theirs[name])
            print(f"metrics: {name:15s} LiteTune {ours[name]!r:22} scikit-learn {reference[name]!r:22} "
                  f"Trainer {theirs[name]!r:22} worst |difference| {max(vs_sklearn, vs_trainer):.1e}")
            if max(vs_sklearn, vs_trainer) > METRIC_TOL:
                failures.append(f"{name}: LiteTune {ours[name]!r}, scikit-learn {reference[name]!r}, "
                                f"Trainer {theirs[name]!r}")
        loss_difference = relative(ours["eval_loss"], theirs["eval_loss"])
        print(f"metrics: eval_loss       LiteTune {ours['eval_loss']!r:22} Trainer {theirs['eval_loss']!r:22} "
              f"relative difference {loss_difference:.1e} (tolerance {LOSS_RTOL:g})")
        if loss_difference > LOSS_RTOL:
            failures.append(f"eval_loss differs by {loss_difference:.2e} relative")

        # The data tells the conventions apart: other choices give other numbers.
        one = sklearn_metrics(our_labels, our_predictions, zero_division=1)["eval_precision"]
        every_class = sklearn_metrics(our_labels, our_predictions, macro_labels=list(range(len(LABELS))))
        print(f"metrics: with zero_division=1 eval_precision would be {one!r}; macro over all {len(LABELS)} "
              f"classes eval_f1_macro would be {every_class['eval_f1_macro']!r}")
        if one == reference["eval_precision"] or every_class["eval_f1_macro"] == reference["eval_f1_macro"]:
            failures.append("the data does not distinguish zero_division or the macro label set")
    except BaseException:
        cleanup(work)
        raise
    return finish(work, failures)


if __name__ == "__main__":
    sys.exit(main())
