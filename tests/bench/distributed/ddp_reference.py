"""The anchor of tests/bench/distributed/scaling-check: PyTorch's own DistributedDataParallel
(torch.distributed over Gloo on CPUs, NCCL on GPUs), launched by torchrun, training the same model
folder as LiteTune: transformers' GPT2ForSequenceClassification (+ PEFT LoRA r 8, alpha 16, dropout
0.1 on c_attn, LiteTune's defaults), AdamW lr 5e-5, gradient clipping at 1.0, per-worker batches of
BATCH x LENGTH token ids (the benchmark's texts are all longer than LENGTH tokens, so LiteTune's
batches have that shape too). Prints one JSON line from rank 0: the training loop's samples/s
(steps x batch x workers / seconds, the steps timed from a barrier after the model is built to a
barrier after the last step, as LiteTune's train_runtime times its loop).

Usage: python -m torch.distributed.run --nproc-per-node N ddp_reference.py MODEL_DIR METHOD STEPS BATCH
       LENGTH THREADS DEVICE
"""
import json
import os
import sys
import time

import torch
import torch.distributed as dist
from transformers import GPT2ForSequenceClassification


def main():
    model_dir, method, steps, batch, length, threads, device = sys.argv[1:8]
    steps, batch, length, threads = int(steps), int(batch), int(length), int(threads)
    rank = int(os.environ.get("RANK", "0"))
    world = int(os.environ.get("WORLD_SIZE", "1"))
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    torch.set_num_threads(threads)
    if device == "cuda":
        torch.cuda.set_device(local_rank)
        device = f"cuda:{local_rank}"
    if world > 1:
        dist.init_process_group("nccl" if device.startswith("cuda") else "gloo")
    torch.manual_seed(3)
    model = GPT2ForSequenceClassification.from_pretrained(model_dir)
    model.config.pad_token_id = model.config.eos_token_id
    if method == "lora":
        from peft import LoraConfig, get_peft_model
        model = get_peft_model(model, LoraConfig(task_type="SEQ_CLS", r=8, lora_alpha=16, lora_dropout=0.1,
                                                 target_modules=["c_attn"]))
    model.to(device).train()
    trained = model
    if world > 1:
        trained = torch.nn.parallel.DistributedDataParallel(model, device_ids=[local_rank] if "cuda" in device else None)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=5e-5, weight_decay=0.0)
    generator = torch.Generator().manual_seed(1000 + rank)
    vocab = model.config.vocab_size
    batches = [(torch.randint(0, vocab, (batch, length), generator=generator),
                torch.randint(0, 3, (batch,), generator=generator)) for _ in range(steps)]
    if world > 1:
        dist.barrier()
    start = time.perf_counter()
    for ids, labels in batches:
        loss = trained(input_ids=ids.to(device), labels=labels.to(device)).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    if world > 1:
        dist.barrier()
    seconds = time.perf_counter() - start
    if rank == 0:
        print(json.dumps({"samples_per_second": steps * batch * world / seconds, "seconds": seconds}))
    if world > 1:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
