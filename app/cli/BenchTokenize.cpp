// `litetune-cli bench tokenize --model DIR --corpus FILE [--reps N]`: tokenizer throughput as
// the man page (packaging/litetune-cli.1) defines it: each line of FILE (split on "\n", a final empty line dropped)
// encoded by one call with "<|endoftext|>" as plain text (tiktoken's encode_ordinary), on one thread, one untimed
// warm-up pass, then N timed passes; prints the median as one JSON line. The tiktoken anchor (tests/bench/tokenizer/)
// follows the same protocol.
#include "Arguments.h"
#include "Verbs.h"

#include "api/Error.h"
#include "api/Tokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace litetune::cli {

namespace {

constexpr std::uintmax_t kMaxCorpusBytes = std::uintmax_t(1) << 30;

std::string readCorpus(const std::string& path) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        throwBadInput("corpus file " + path + " cannot be read: " + error.message());
    if (size > kMaxCorpusBytes)
        throwBadInput("corpus file " + path + " is larger than 1 GiB");
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (!in || static_cast<std::uintmax_t>(in.gcount()) != size)
        throwFailure("reading the corpus file " + path + " failed");
    return bytes;
}

std::vector<std::string_view> splitLines(const std::string& corpus) {
    std::vector<std::string_view> lines;
    std::size_t begin = 0;
    while (begin <= corpus.size()) {
        const std::size_t end = std::min(corpus.find('\n', begin), corpus.size());
        lines.emplace_back(corpus.data() + begin, end - begin);
        begin = end + 1;
    }
    if (!lines.empty() && lines.back().empty())
        lines.pop_back();
    return lines;
}

} // namespace

int runBenchTokenize(int argc, char** argv, int first) {
    Arguments args(argc, argv, first);
    const std::string model = args.require("model");
    const std::string corpusPath = args.require("corpus");
    const std::int64_t reps = args.integerOr("reps", 5);
    args.rejectUnused();
    if (reps < 1 || reps > 1000)
        throwBadInput("option --reps expects a count from 1 to 1000, got " + std::to_string(reps));

    const Tokenizer tokenizer = tokenizerForModel(model);
    const std::string corpus = readCorpus(corpusPath);
    const std::vector<std::string_view> lines = splitLines(corpus);
    std::size_t bytes = 0;
    for (const std::string_view line : lines)
        bytes += line.size();

    auto pass = [&] {
        std::size_t tokens = 0;
        for (const std::string_view line : lines)
            tokens += tokenizer.encode(line, SpecialTokens::AsText).size();
        return tokens;
    };
    const std::size_t tokens = pass(); // warm-up: fills the tokenizer's cache, as tiktoken's run does its JIT
    std::vector<double> seconds;
    for (std::int64_t rep = 0; rep < reps; ++rep) {
        const auto start = std::chrono::steady_clock::now();
        if (pass() != tokens)
            throwFailure("the token count changed between passes over the same corpus");
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    const std::size_t n = seconds.size();
    const double median = n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;

    nlohmann::ordered_json result;
    result["bytes"] = bytes;
    result["tokens"] = tokens;
    result["median_s"] = median;
    result["bytes_per_s"] = median > 0 ? bytes / median : 0.0;
    result["tokens_per_s"] = median > 0 ? tokens / median : 0.0;
    std::cout << result.dump() << std::endl;
    return 0;
}

} // namespace litetune::cli
