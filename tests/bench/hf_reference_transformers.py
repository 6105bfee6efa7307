"""hf_reference.py's use of transformers and PEFT, defensively across versions (4.3x ... 5.x):
importing them, the GPT-2 tokenizer from vocab.json + merges.txt, the model (a local folder's
exact weights or a GPT2Config's random init), TrainingArguments, the Trainer, and the versions
reported."""

import inspect
import json
import os
import platform
import sys

from hf_reference_data import BadInput
from hf_reference_metrics import compute_metrics

EOS_TOKEN = "<|endoftext|>"


def import_packages(method):
    try:
        import numpy  # noqa: F401
        import torch
        import transformers
    except ImportError as e:
        raise BadInput("%s. This reference needs torch, numpy and transformers (and peft for --method lora) "
                       "in %s; the GPU machine's python3 has them." % (e, sys.executable))
    peft = None
    if method == "lora":
        try:
            import peft
        except ImportError as e:
            raise BadInput("%s. --method lora needs the peft package in %s." % (e, sys.executable))
    return torch, transformers, peft


def build_tokenizer(transformers, folder):
    vocab = os.path.join(folder, "vocab.json")
    merges = os.path.join(folder, "merges.txt")
    for path in (vocab, merges):
        if not os.path.isfile(path):
            raise BadInput("--tokenizer %s: missing %s" % (folder, os.path.basename(path)))
    with open(vocab, encoding="utf-8") as f:
        vocab_map = json.load(f)

    def gpt2_fast():
        return transformers.GPT2TokenizerFast(vocab_file=vocab, merges_file=merges)

    def gpt2_plain():
        return transformers.GPT2Tokenizer(vocab_file=vocab, merges_file=merges)

    def from_tokenizers_library():
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers
        backend = Tokenizer(models.BPE.from_file(vocab, merges))
        backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        backend.decoder = decoders.ByteLevel()
        cls = getattr(transformers, "PreTrainedTokenizerFast", None) or getattr(transformers, "TokenizersBackend")
        return cls(tokenizer_object=backend, eos_token=EOS_TOKEN, bos_token=EOS_TOKEN, unk_token=EOS_TOKEN)

    errors = []
    for name, make in (("GPT2TokenizerFast", gpt2_fast), ("GPT2Tokenizer", gpt2_plain),
                       ("tokenizers BPE.from_file", from_tokenizers_library)):
        try:
            tokenizer = make()
            # GPT-2's own vocabulary: check a known encoding ("Hello world" -> 15496, 995).
            if vocab_map.get("Hello") == 15496:
                ids = tokenizer("Hello world", add_special_tokens=False)["input_ids"]
                if list(ids) != [15496, 995]:
                    raise ValueError("encodes 'Hello world' as %s, expected [15496, 995]" % list(ids))
            if tokenizer.eos_token is None and EOS_TOKEN in vocab_map:
                tokenizer.eos_token = EOS_TOKEN
            tokenizer.pad_token = tokenizer.eos_token
            tokenizer.padding_side = "right"
            return tokenizer, name
        except Exception as e:  # try the next construction
            errors.append("%s: %s" % (name, e))
    raise BadInput("cannot build a GPT-2 tokenizer from %s (%s)" % (folder, "; ".join(errors)))


def attn_of(model):
    config = getattr(model, "config", None)
    return getattr(config, "_attn_implementation", None) or getattr(config, "attn_implementation", None)


def _with_attn(make, attn, notes):
    """make(**kwargs) with attn_implementation=attn; versions that do not know the keyword or
    the implementation for GPT-2 get a second call without it (noted)."""
    try:
        return make(attn_implementation=attn)
    except (TypeError, ValueError) as e:
        text = str(e).lower()
        if "attn" not in text and "attention" not in text and "sdpa" not in text and "unexpected keyword" not in text:
            raise
        notes.append("attn_implementation=%s refused (%s); default attention used" % (attn, str(e).splitlines()[0][:200]))
        return make()


def build_model(torch, transformers, args, num_labels, notes):
    """--model DIR: exactly those weights, or an error. A model that fails to load, or whose
    classification head does not fit the data's labels, is never replaced by a random init:
    the comparison is only meaningful when both sides start from the same weights."""
    cls = transformers.GPT2ForSequenceClassification
    model = None
    source = "config"
    if args.model:
        config_path = os.path.join(args.model, "config.json")
        if not os.path.isfile(config_path):
            raise BadInput("--model %s: no config.json (a Hugging Face model folder is needed)" % args.model)
        with open(config_path, encoding="utf-8") as f:
            stored = json.load(f)
        stored_labels = len(stored.get("id2label") or {}) or stored.get("num_labels")
        if stored_labels and int(stored_labels) != num_labels:
            raise BadInput("--model %s has %s labels but the data has %d; the head would be re-initialised at random"
                           % (args.model, stored_labels, num_labels))
        try:
            model, info = _with_attn(lambda **extra: cls.from_pretrained(
                args.model, num_labels=num_labels, local_files_only=True, output_loading_info=True, **extra),
                args.attn, notes)
        except Exception as e:
            first = str(e).splitlines()[0][:300] if str(e) else ""
            raise BadInput("cannot load --model %s (%s: %s)" % (args.model, type(e).__name__, first))
        # from_pretrained initialises missing or mismatched tensors at random with only a warning.
        bad = {k: list(info.get(k) or []) for k in ("missing_keys", "mismatched_keys")}
        if any(bad.values()):
            raise BadInput("--model %s does not hold every weight of a GPT2ForSequenceClassification "
                           "(these would be random): %s" % (args.model, json.dumps(bad, default=str)[:600]))
        if info.get("unexpected_keys"):
            notes.append("unused tensors in --model: %s" % sorted(info["unexpected_keys"])[:10])
        source = "pretrained:" + os.path.abspath(args.model)
    if model is None:
        config = transformers.GPT2Config(
            vocab_size=args.vocab, n_positions=args.positions, n_embd=args.embd, n_layer=args.layers,
            n_head=args.heads, num_labels=num_labels, pad_token_id=args.pad_token_id,
            bos_token_id=args.pad_token_id, eos_token_id=args.pad_token_id, use_cache=False)

        def create(**extra):
            try:
                return transformers.AutoModelForSequenceClassification.from_config(config, **extra)
            except TypeError:
                if extra:
                    config._attn_implementation = extra["attn_implementation"]
                return cls(config)

        model = _with_attn(create, args.attn, notes)
    model.config.pad_token_id = args.pad_token_id
    model.config.use_cache = False
    if attn_of(model) != args.attn:
        notes.append("attention implementation in use: %s (asked for %s)" % (attn_of(model), args.attn))
    model = model.float()  # fp32 master weights; bf16/fp16 come from the Trainer's autocast
    return model, source


def training_arguments(transformers, args, output_dir, device, notes):
    TrainingArguments = transformers.TrainingArguments
    supported = set(inspect.signature(TrainingArguments.__init__).parameters)
    wanted = {
        "output_dir": output_dir,
        "per_device_train_batch_size": args.batch_size,
        "per_device_eval_batch_size": args.eval_batch_size,
        "learning_rate": args.lr,
        "weight_decay": args.weight_decay,
        "max_grad_norm": args.max_grad_norm,
        "warmup_steps": args.warmup_steps,
        "num_train_epochs": args.epochs if args.epochs > 0 else 1.0,
        "max_steps": args.max_steps if args.max_steps > 0 else -1,
        "seed": args.seed,
        "bf16": args.precision == "bf16",
        "fp16": args.precision == "fp16",
        "report_to": "none",
        "logging_strategy": "no",
        "save_strategy": "no",
        "disable_tqdm": True,
        "label_names": ["labels"],
        "remove_unused_columns": False,
        "dataloader_num_workers": args.workers,
    }
    # evaluation_strategy was renamed eval_strategy (4.41) and later removed.
    if "eval_strategy" in supported:
        wanted["eval_strategy"] = "no"
    elif "evaluation_strategy" in supported:
        wanted["evaluation_strategy"] = "no"
    # group_by_length became train_sampling_strategy="group_by_length" (transformers 5); asked for
    # and not available is an error, not a silent default (the batches' padding would differ).
    if args.group_by_length:
        if "train_sampling_strategy" in supported:
            wanted["train_sampling_strategy"] = "group_by_length"
        elif "group_by_length" in supported:
            wanted["group_by_length"] = True
        else:
            raise BadInput("--group-by-length: this transformers' TrainingArguments has neither "
                           "train_sampling_strategy nor group_by_length")
    if args.optim:
        wanted["optim"] = args.optim
    if device == "cpu":
        if "use_cpu" in supported:
            wanted["use_cpu"] = True
        elif "no_cuda" in supported:
            wanted["no_cuda"] = True
    kwargs = {}
    for key, value in wanted.items():
        if key in supported:
            kwargs[key] = value
        elif key not in ("disable_tqdm", "remove_unused_columns", "dataloader_num_workers"):
            notes.append("TrainingArguments has no %s; left at its default" % key)
    return TrainingArguments(**kwargs)


def make_trainer(transformers, model, training_args, train_dataset, eval_dataset, collator, tokenizer):
    Trainer = transformers.Trainer
    supported = set(inspect.signature(Trainer.__init__).parameters)
    kwargs = {"model": model, "args": training_args, "train_dataset": train_dataset,
              "eval_dataset": eval_dataset, "data_collator": collator, "compute_metrics": compute_metrics}
    # `tokenizer` was renamed `processing_class` (4.46) and later removed.
    if "processing_class" in supported:
        kwargs["processing_class"] = tokenizer
    elif "tokenizer" in supported:
        kwargs["tokenizer"] = tokenizer
    return Trainer(**kwargs)


def versions(torch, transformers, peft):
    out = {"python": platform.python_version(), "torch": torch.__version__, "transformers": transformers.__version__}
    if peft is not None:
        out["peft"] = peft.__version__
    try:
        import tokenizers
        out["tokenizers"] = tokenizers.__version__
    except Exception:
        pass
    if torch.cuda.is_available():
        out["cuda"] = torch.version.cuda
        out["gpu"] = torch.cuda.get_device_name(0)
    return out
