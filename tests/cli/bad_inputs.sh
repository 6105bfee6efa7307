#!/usr/bin/env bash
# Every bad input under tests/data/bad, plus the ones too big or too dangerous to commit (deep JSON
# nesting, a 10 MB line, archives with path traversal, an escaping symlink, compression bombs,
# hostile regular expressions in adapter configs; made here at run time), fed to the litetune-cli
# verb that reads it. The contract (the man page (packaging/litetune-cli.1)) for each: exit status exactly 2, exactly one non-empty
# stderr line, and that line names the offending file.
# Cases come from listing the folders, and every file under tests/data/bad must belong to a case,
# so a new bad input cannot be skipped silently. Controls first prove the tiny model, the dataset,
# the tokenizer and an adapter work, so each refusal is the bad input's doing.
# With LITETUNE_BAD_INPUT_TABLE set, writes a Markdown table (input, verb, the stderr line) there,
# temporary paths shortened to $TMP; docs/reliability.md carries that table.
set -euo pipefail
cli=${LITETUNE_CLI:?}
bad=${LITETUNE_TEST_DATA:?}/bad
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LITETUNE_CACHE="$work/cache" LITETUNE_RUNS="$work/runs"

# The tiny base every case uses: 1 layer, n_embd 16, 3 labels (the committed adapters match it).
"$cli" init --out "$work/base" --layers 1 --heads 2 --embd 16 --positions 32 --labels 3 --seed 1 >/dev/null
printf 'text,label\nthe first text,LABEL_0\nthe second text,LABEL_1\nthe third text,LABEL_2\n' >"$work/good.csv"
echo '{"text": "a tweet to encode"}' >"$work/stdin.jsonl"

# Controls: each must succeed.
"$cli" eval --model "$work/base" --data "$work/good.csv" --threads 1 >/dev/null 2>"$work/err" ||
    { echo "FAIL: control eval of the tiny model"; cat "$work/err"; exit 1; }
"$cli" tokenize --model "$work/base" <"$work/stdin.jsonl" >/dev/null 2>"$work/err" ||
    { echo "FAIL: control tokenize"; cat "$work/err"; exit 1; }
mkdir "$work/good_adapter" # wrong_field's tensors fit the base; only its r field is wrong
cp "$bad/adapters/wrong_field/adapter_model.safetensors" "$work/good_adapter/"
"$py" - "$bad/adapters/wrong_field/adapter_config.json" "$work/good_adapter/adapter_config.json" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
config["r"] = 4
json.dump(config, open(sys.argv[2], "w"), indent=2, sort_keys=True)
PY
"$cli" eval --model "$work/base" --adapter "$work/good_adapter" --data "$work/good.csv" --threads 1 >/dev/null \
    2>"$work/err" || { echo "FAIL: control eval with a fitting adapter"; cat "$work/err"; exit 1; }

# Generated inputs.
mkdir "$work/gen"
"$py" - "$work/gen" <<'PY'
import gzip, io, os, sys, tarfile, zipfile
out = sys.argv[1]
path = lambda name: os.path.join(out, name)
row = b'{"text": "fine", "label": "LABEL_0"}\n'
open(path("deep_array.jsonl"), "wb").write(b"[" * 100000)
open(path("deep_object.jsonl"), "wb").write(row + b'{"text": ' + b"[" * 100000 + b"]" * 100000 + b', "label": "LABEL_1"}\n')
open(path("long_line.csv"), "wb").write(b"x" * (10 * 1000 * 1000))  # 10 MB, no newline at all
good = b"text,label\nthe first text,LABEL_0\nthe second text,LABEL_1\n"
with zipfile.ZipFile(path("traversal.zip"), "w") as z:
    z.writestr("test.csv", good)
    z.writestr("../../escaped.csv", good)
with tarfile.open(path("traversal.tar.gz"), "w:gz") as t:
    info = tarfile.TarInfo("/tmp/absolute.csv"); info.size = len(good)
    t.addfile(info, io.BytesIO(good))
with tarfile.open(path("symlink_escape.tar"), "w") as t:
    info = tarfile.TarInfo("test.csv"); info.type = tarfile.SYMTYPE; info.linkname = "../../../etc/passwd"
    t.addfile(info)
zeros = b"text,label\n" + b"0" * (64 << 20)  # 64 MiB that deflate packs about 1000:1
with zipfile.ZipFile(path("bomb.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("test.csv", zeros)
with gzip.open(path("bomb.csv.gz"), "wb", compresslevel=9) as g:
    g.write(zeros)
PY

cases=0
failures=0
covered=()
table="| input | verb | what the user sees (stderr) |
|---|---|---|
"

# check INPUT VERB EXPECTED_NAME -- COMMAND...: one case. INPUT is how the table names it, VERB how
# it was fed, EXPECTED_NAME the file (or folder/file tail) the message must name.
check() {
    local input=$1 verb=$2 expected=$3
    shift 4
    cases=$((cases + 1))
    local status=0
    "$@" <"$work/stdin.jsonl" >/dev/null 2>"$work/err" || status=$?
    local lines line
    lines=$(grep -ac . "$work/err" || true)
    line=$(grep -am1 . "$work/err" || true)
    local problem=""
    if [ "$status" -ne 2 ]; then
        problem="exit status $status, expected 2"
    elif [ "$lines" -ne 1 ]; then
        problem="$lines stderr lines, expected 1"
    elif [[ "$line" != *"$expected"* ]]; then
        problem="the message does not name $expected"
    fi
    if [ -n "$problem" ]; then
        failures=$((failures + 1))
        echo "FAIL: $input ($verb): $problem"
        sed 's/^/    /' "$work/err" | head -c 2000
        echo
    fi
    local shown=${line//"$work"/\$TMP}
    shown=${shown//"$bad"/tests/data/bad}
    shown=${shown//|/\\|}
    table+="| $input | \`$verb\` | \`$shown\` |"$'\n'
}

# A model folder named after the case: the base with one file replaced.
model_with() { # model_with CASE_DIR FILE_NAME SOURCE
    mkdir -p "$1"
    cp "$work/base/"* "$1/"
    cp "$3" "$1/$2"
}

# Datasets, files and folders: eval --data.
declare -A dataset_names=(
    [tweeteval_mapping]=tweeteval_mapping/mapping.txt
    [tweeteval_mismatch]=tweeteval_mismatch/train_text.txt
    [tweeteval_range]=tweeteval_range/train_labels.txt
    [two_validation]=two_validation
    [unknown_label]=unknown_label/validation.csv
)
for item in "$bad"/datasets/*; do
    name=$(basename "$item")
    expected=${dataset_names[$name]:-$name}
    check "datasets/$name" "eval --data" "$expected" -- \
        "$cli" eval --model "$work/base" --data "$item" --threads 1
    covered+=("datasets/$name")
done
for name in deep_array.jsonl deep_object.jsonl long_line.csv traversal.zip traversal.tar.gz symlink_escape.tar \
    bomb.zip bomb.csv.gz; do
    check "$name (generated)" "eval --data" "$name" -- \
        "$cli" eval --model "$work/base" --data "$work/gen/$name" --threads 1
done

# config.json and model.safetensors: a model folder holding the bad file, evaluated.
for item in "$bad"/config/*; do
    name=$(basename "$item" .json)
    model_with "$work/config/$name" config.json "$item"
    check "config/$name.json" "eval --model" "$name/config.json" -- \
        "$cli" eval --model "$work/config/$name" --data "$work/good.csv" --threads 1
    covered+=("config/$name.json")
done
for item in "$bad"/safetensors/*; do
    name=$(basename "$item" .safetensors)
    model_with "$work/safetensors/$name" model.safetensors "$item"
    check "safetensors/$name.safetensors" "eval --model" "$name/model.safetensors" -- \
        "$cli" eval --model "$work/safetensors/$name" --data "$work/good.csv" --threads 1
    covered+=("safetensors/$name.safetensors")
done

# Tokenizer folders: tokenize --model.
declare -A tokenizer_names=([merges_unknown_token]=merges.txt [vocab_not_object]=vocab.json)
for item in "$bad"/tokenizer/*/; do
    name=$(basename "$item")
    check "tokenizer/$name/" "tokenize --model" "$name/${tokenizer_names[$name]:-}" -- \
        "$cli" tokenize --model "$bad/tokenizer/$name"
    covered+=("tokenizer/$name")
done

# Adapter folders: eval --adapter on the tiny base.
declare -A adapter_names=([wrong_shape]=adapter_model.safetensors)
for item in "$bad"/adapters/*/; do
    name=$(basename "$item")
    check "adapters/$name/" "eval --adapter" "$name/${adapter_names[$name]:-adapter_config.json}" -- \
        "$cli" eval --model "$work/base" --adapter "$bad/adapters/$name" --data "$work/good.csv" --threads 1
    covered+=("adapters/$name")
done
# Regular expressions too big to commit or too slow for a backtracking matcher: 30000 nested
# groups (std::regex's recursive compiler overflowed the stack) and nested quantifiers
# (exponential backtracking on module names; matched in polynomial time, they select no layer).
"$py" - "$work/good_adapter" "$work/gen" <<'PY'
import json, os, shutil, sys
config = json.load(open(os.path.join(sys.argv[1], "adapter_config.json")))
patterns = {"regex_deep_nesting": "(" * 30000 + "c_attn" + ")" * 30000, "regex_backtracking": "(.*)*" * 10 + "x"}
for name, pattern in patterns.items():
    folder = os.path.join(sys.argv[2], name)
    os.makedirs(folder)
    shutil.copy(os.path.join(sys.argv[1], "adapter_model.safetensors"), folder)
    json.dump(dict(config, target_modules=pattern), open(os.path.join(folder, "adapter_config.json"), "w"))
PY
for name in regex_deep_nesting regex_backtracking; do
    check "$name/ (generated)" "eval --adapter" "$name/adapter_config.json" -- \
        "$cli" eval --model "$work/base" --adapter "$work/gen/$name" --data "$work/good.csv" --threads 1
done

# Nothing under tests/data/bad may go untested (dot files are git attributes, not inputs).
while IFS= read -r file; do
    relative=${file#"$bad"/}
    found=0
    for c in "${covered[@]}"; do
        if [ "$relative" = "$c" ] || [[ "$relative" == "$c"/* ]]; then
            found=1
            break
        fi
    done
    if [ "$found" -eq 0 ]; then
        echo "FAIL: tests/data/bad/$relative has no case in bad_inputs.sh"
        failures=$((failures + 1))
    fi
done < <(find "$bad" -type f ! -name '.*' | sort)

if [ -n "${LITETUNE_BAD_INPUT_TABLE:-}" ]; then
    printf '%s' "$table" >"$LITETUNE_BAD_INPUT_TABLE"
fi
echo "$cases cases, $failures failures"
[ "$failures" -eq 0 ]
