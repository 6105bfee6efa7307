"""The models of the tests/hf suites (through hf_common): the GPT-2 shapes every check runs on,
fresh random models made by transformers (make_random_gpt2.py) with their batches, loading them
back, and PEFT adapters made and loaded by PEFT itself."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


# ------------------------------------------------------------------------------------------------
# Shapes: small GPT-2s covering every config switch LiteTune implements (engine/model/Gpt2.cpp),
# each with pad_token_id set and a right-padded batch of varying lengths. `lora` is the PEFT
# adapter the LoRA checks use (r, lora_alpha, target_modules, use_rslora).

SHAPES = [
    {"name": "gelu_new", "seed": 11,
     "config": dict(layers=2, embd=64, heads=4, vocab=1000, positions=64),
     "lengths": [19, 11, 5, 1],
     "lora": dict(r=4, alpha=8, targets=["c_attn"], rslora=False)},
    {"name": "relu_layer_idx", "seed": 12,
     "config": dict(layers=3, embd=48, heads=3, vocab=1000, positions=64, activation="relu",
                    scale_attn_by_inverse_layer_idx=True, pad=0, eos=999),
     "lengths": [7, 16, 3, 12, 9],
     "lora": dict(r=6, alpha=12, targets=["c_attn", "c_proj", "c_fc"], rslora=True)},
    {"name": "gelu_upcast", "seed": 13,
     "config": dict(layers=2, embd=32, heads=2, vocab=1000, positions=64, activation="gelu",
                    reorder_and_upcast_attn=True, pad=500),
     "lengths": [13, 13, 2],
     "lora": dict(r=2, alpha=3, targets=["c_proj", "c_fc"], rslora=False)},
    {"name": "silu_layer_idx_upcast", "seed": 14,
     "config": dict(layers=3, embd=64, heads=4, vocab=1000, positions=64, activation="silu", inner=96,
                    layer_norm_epsilon=1e-6, scale_attn_by_inverse_layer_idx=True, reorder_and_upcast_attn=True),
     "lengths": [24, 6, 17, 1, 10, 3],
     "lora": dict(r=8, alpha=4, targets=["c_attn", "c_fc"], rslora=True)},
    {"name": "quick_gelu_layer_idx", "seed": 15,
     "config": dict(layers=2, embd=32, heads=4, vocab=1000, positions=64, activation="quick_gelu",
                    scale_attn_by_inverse_layer_idx=True),
     "lengths": [9, 4, 15],
     "lora": dict(r=4, alpha=16, targets=["c_attn", "c_proj"], rslora=False)},
]


def shape_summary(shape):
    c = shape["config"]
    flags = [c.get("activation", "gelu_new")]
    if c.get("scale_attn_by_inverse_layer_idx"):
        flags.append("scale_attn_by_inverse_layer_idx")
    if c.get("reorder_and_upcast_attn"):
        flags.append("reorder_and_upcast_attn")
    return "%s: %d layers, %d wide, %d heads, %s, pad %d, lengths %s" % (
        shape["name"], c["layers"], c["embd"], c["heads"], ", ".join(flags),
        c.get("pad", c["vocab"] - 1), shape["lengths"])


def select_shapes(argv):
    """The shapes named on the command line (all when none)."""
    names = [a for a in argv if not a.startswith("-")]
    chosen = [s for s in SHAPES if not names or s["name"] in names]
    unknown = set(names) - {s["name"] for s in SHAPES}
    if unknown:
        print("FAIL: unknown shape(s) %s; known: %s" % (sorted(unknown), [s["name"] for s in SHAPES]))
        sys.exit(1)
    return chosen


def random_gpt2():
    sys.path.insert(0, HERE)
    import make_random_gpt2
    return make_random_gpt2


def make_model(torch, transformers, folder, shape, tokenizer=False):
    """A fresh random GPT2ForSequenceClassification for `shape`, saved into `folder` with
    save_pretrained(safe_serialization=True); with `tokenizer`, also a byte-level BPE vocabulary
    (vocab.json + merges.txt, <|endoftext|> = the last id) for LiteTune to tokenize with."""
    mrg = random_gpt2()
    config = mrg.gpt2_config(transformers, **shape["config"])
    model = mrg.random_classifier(torch, transformers, config, shape["seed"])
    os.makedirs(folder, exist_ok=True)
    try:
        model.save_pretrained(folder, safe_serialization=True)
    except TypeError:  # transformers versions where safetensors is the only format
        model.save_pretrained(folder)
    if not os.path.isfile(os.path.join(folder, "model.safetensors")):
        raise RuntimeError("save_pretrained wrote no model.safetensors in %s" % folder)
    if tokenizer:
        rows = mrg.tiny_corpus(config.num_labels, 120, shape["seed"])
        vocab, merges = mrg.make_bpe(config.vocab_size, [text for text, _ in rows])
        mrg.write_tokenizer(folder, vocab, merges)
    return folder


def make_batch(shape, labels=5):
    c = shape["config"]
    pad = c.get("pad", c["vocab"] - 1)
    return random_gpt2().make_inputs(shape["lengths"], c["vocab"], pad, labels, shape["seed"])


def without_mask(batch):
    return {k: v for k, v in batch.items() if k != "attention_mask"}


def load_hf(transformers, folder, attn="eager"):
    """GPT2ForSequenceClassification.from_pretrained(folder) in float32, eval mode."""
    model = transformers.GPT2ForSequenceClassification.from_pretrained(folder, attn_implementation=attn)
    return model.float().eval()


def hf_inputs(torch, batch):
    out = {"input_ids": torch.tensor(batch["input_ids"])}
    if "attention_mask" in batch:
        out["attention_mask"] = torch.tensor(batch["attention_mask"])
    if "labels" in batch:
        out["labels"] = torch.tensor(batch["labels"])
    return out


# ------------------------------------------------------------------------------------------------
# PEFT

def peft_file_name(name):
    """PEFT's in-memory parameter name -> its adapter-file key (what LiteTune's probe reports):
    ...lora_A.default.weight -> ...lora_A.weight, score.modules_to_save.default.weight -> score.weight."""
    return name.replace(".modules_to_save.default.", ".").replace(".default.", ".")


def make_peft_adapter(torch, transformers, peft, base_folder, out_folder, lora, seed):
    """A PEFT LoRA adapter for `base_folder` saved with save_pretrained into `out_folder`:
    non-default r/lora_alpha/target_modules/use_rslora from `lora`, modules_to_save ["score"], and
    lora_A, lora_B and the saved score head all random and non-zero (PEFT's init leaves B = 0,
    which would hide a transposed or mis-scaled branch)."""
    base = load_hf(transformers, base_folder)
    config = peft.LoraConfig(task_type="SEQ_CLS", r=lora["r"], lora_alpha=lora["alpha"],
                             target_modules=list(lora["targets"]), lora_dropout=0.0, fan_in_fan_out=True,
                             use_rslora=lora["rslora"], modules_to_save=["score"])
    model = peft.get_peft_model(base, config)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if ".lora_A." in name or ".lora_B." in name:
                p.copy_(torch.randn(p.shape, generator=generator) * 0.2)
            elif ".modules_to_save." in name:
                p.copy_(torch.randn(p.shape, generator=generator) * 0.1)
    model.save_pretrained(out_folder)
    if not os.path.isfile(os.path.join(out_folder, "adapter_model.safetensors")):
        raise RuntimeError("PEFT wrote no adapter_model.safetensors in %s" % out_folder)
    return out_folder


def load_peft(transformers, peft, base_folder, adapter_folder, attn="eager"):
    model = peft.PeftModel.from_pretrained(load_hf(transformers, base_folder, attn), adapter_folder)
    return model.float().eval()
