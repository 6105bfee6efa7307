"""The evaluation metrics of hf_reference.py, numpy only: the definitions of scikit-learn's
accuracy_score and precision_recall_fscore_support with average="weighted"/"macro",
zero_division=0, so the reference needs no scikit-learn."""


def classification_metrics(predictions, labels):
    import numpy as np

    predictions = np.asarray(predictions).reshape(-1).astype(np.int64)
    labels = np.asarray(labels).reshape(-1).astype(np.int64)
    n = labels.shape[0]
    result = {"accuracy": float((predictions == labels).mean()) if n else 0.0}
    classes = np.union1d(np.unique(labels), np.unique(predictions))
    precision, recall, f1, support = [], [], [], []
    for c in classes:
        tp = float(np.sum((predictions == c) & (labels == c)))
        pred_c = float(np.sum(predictions == c))
        true_c = float(np.sum(labels == c))
        p = tp / pred_c if pred_c else 0.0
        r = tp / true_c if true_c else 0.0
        precision.append(p)
        recall.append(r)
        f1.append(2 * p * r / (p + r) if (p + r) else 0.0)
        support.append(true_c)
    precision, recall, f1, support = (np.array(v, dtype=np.float64) for v in (precision, recall, f1, support))
    total = support.sum()
    weights = support / total if total else np.zeros_like(support)
    result["precision"] = float((precision * weights).sum())
    result["recall"] = float((recall * weights).sum())
    result["f1"] = float((f1 * weights).sum())
    result["f1_macro"] = float(f1.mean()) if f1.size else 0.0
    return result


def compute_metrics(eval_prediction):
    import numpy as np

    logits = eval_prediction.predictions
    if isinstance(logits, (tuple, list)):
        logits = logits[0]
    if eval_prediction.label_ids is None:
        return {}
    return classification_metrics(np.asarray(logits).argmax(axis=-1), eval_prediction.label_ids)
