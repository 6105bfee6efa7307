// The tiktoken anchor for `litetune-cli bench tokenize`: npm tiktoken (the WASM build of
// OpenAI's Rust tiktoken) encodes each line of a corpus with get_encoding("gpt2").encode_ordinary,
// under the same protocol as the C++ verb (cli.md): one call per line, one thread, one warm-up
// pass, median of N timed passes. Prints one JSON line {bytes, tokens, median_s, bytes_per_s,
// tokens_per_s}. Usage: node bench-tiktoken.mjs --corpus FILE [--reps N]
import { readFileSync } from "node:fs";
import { get_encoding } from "tiktoken";

function option(name, fallback) {
    const at = process.argv.indexOf(`--${name}`);
    if (at < 0) return fallback;
    if (at + 1 >= process.argv.length) throw new Error(`option --${name} needs a value`);
    return process.argv[at + 1];
}

const corpus = option("corpus", null);
if (!corpus) {
    console.error("usage: node bench-tiktoken.mjs --corpus FILE [--reps N]");
    process.exit(2);
}
const reps = Number.parseInt(option("reps", "5"), 10);
if (!(reps >= 1)) {
    console.error("--reps expects a positive integer");
    process.exit(2);
}

// Lines split on "\n" only, the final empty piece after a trailing newline dropped: the same
// lines the C++ verb sees, so both report the same byte and token counts.
const lines = readFileSync(corpus, "utf8").split("\n");
if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
let bytes = 0;
for (const line of lines) bytes += Buffer.byteLength(line, "utf8");

const encoding = get_encoding("gpt2");
function pass() {
    let tokens = 0;
    for (const line of lines) tokens += encoding.encode_ordinary(line).length;
    return tokens;
}

const tokens = pass(); // warm-up
const seconds = [];
for (let r = 0; r < reps; ++r) {
    const start = process.hrtime.bigint();
    pass();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
encoding.free();
seconds.sort((a, b) => a - b);
const median =
    reps % 2 === 1 ? seconds[(reps - 1) / 2] : (seconds[reps / 2 - 1] + seconds[reps / 2]) / 2;
console.log(
    JSON.stringify({
        bytes,
        tokens,
        median_s: median,
        bytes_per_s: bytes / median,
        tokens_per_s: tokens / median,
    }),
);
