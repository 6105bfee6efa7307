#!/usr/bin/env python3
"""Writes the hostile safetensors corpus in tests/data/bad/safetensors/.

Each file breaks one rule of the safetensors format (docs/formats.md §3) and must be
refused by SafetensorsFile with a BadInput error naming the file; the files also seed fuzzing.
Plain Python, no dependencies. Usage: python3 tools/io/make_bad_safetensors.py [OUT_DIR]
"""
import json
import os
import struct
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "..", "tests", "data", "bad", "safetensors")


def entry(dtype, shape, begin, end):
    return {"dtype": dtype, "shape": shape, "data_offsets": [begin, end]}


def file_bytes(header_text, data=b"", pad=True, length=None):
    header = header_text.encode("utf-8") if isinstance(header_text, str) else header_text
    if pad:
        header += b" " * ((8 - len(header) % 8) % 8)
    n = len(header) if length is None else length
    return struct.pack("<Q", n) + header + data


def compact(obj):
    return json.dumps(obj, separators=(",", ":"))


CASES = {
    "truncated_length": b"\x10\x00\x00",
    "header_length_past_end": file_bytes("{}", length=4096),
    "header_length_2pow63": file_bytes("{}", length=1 << 63),
    "header_not_json": file_bytes("{this is not json}"),
    "header_json_list": file_bytes("[1,2,3]"),
    "header_invalid_utf8": file_bytes(b'{"\xc3\x28":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}', b"x"),
    "overlapping_offsets": file_bytes(compact({"a": entry("F32", [2], 0, 8), "b": entry("F32", [2], 4, 12)}),
                                      b"\0" * 12),
    "gap_between_tensors": file_bytes(compact({"a": entry("F32", [1], 0, 4), "b": entry("F32", [1], 8, 12)}),
                                      b"\0" * 12),
    "offsets_past_end": file_bytes(compact({"a": entry("F32", [4], 0, 16)}), b"\0" * 8),
    "shape_dtype_mismatch": file_bytes(compact({"a": entry("F32", [3], 0, 8)}), b"\0" * 8),
    "negative_dim": file_bytes(compact({"a": entry("F32", [-2], 0, 8)}), b"\0" * 8),
    "unknown_dtype": file_bytes(compact({"a": entry("F24", [2], 0, 6)}), b"\0" * 6),
    "duplicate_tensor": file_bytes('{"a":' + compact(entry("F32", [1], 0, 4)) + ',"a":' +
                                   compact(entry("F32", [1], 4, 8)) + "}", b"\0" * 8),
    "metadata_not_string": file_bytes(compact({"__metadata__": {"format": "pt", "epoch": 1}})),
    "trailing_bytes": file_bytes(compact({"a": entry("U8", [1], 0, 1)}), b"\0PK\x03\x04"),
    "missing_field": file_bytes(compact({"a": {"dtype": "F32", "shape": [1]}}), b"\0" * 4),
    "shape_overflow": file_bytes(compact({"a": entry("F64", [1 << 32, 1 << 32], 0, 8)}), b"\0" * 8),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in sorted(CASES.items()):
        with open(os.path.join(OUT, name + ".safetensors"), "wb") as out:
            out.write(data)
    print(f"wrote {len(CASES)} files to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
