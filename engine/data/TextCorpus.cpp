// TextCorpus: see the header.
#include "data/TextCorpus.h"

#include "data/DemoDataset.h"
#include "data/LoadMeter.h"
#include "data/SplitMix64.h"
#include "data/TextEncoding.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>

namespace litetune {

namespace fs = std::filesystem;

namespace {

std::string readBounded(const fs::path& file, std::uintmax_t limit) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        throwBadInput("cannot read " + file.string() + ": " + ec.message());
    if (size > limit)
        throwBadInput(file.string() + " is " + std::to_string(size >> 20) +
                      " MiB; a text corpus file may hold at most " + std::to_string(limit >> 20) + " MiB");
    std::ifstream in(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof())
        throwBadInput("cannot read " + file.string());
    return buffer.str();
}

// Calls `take(line, number)` for every line of `text`, '\r' stripped; BadInput at the first line
// that is not UTF-8.
template <typename Take> void forEachLine(const std::string& text, const fs::path& file, LoadMeter& meter, Take take) {
    std::size_t start = 0;
    std::int64_t number = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!TextEncoding::isValidUtf8(line))
            throwBadInput(file.string() + " line " + std::to_string(number) +
                          ": not UTF-8 text (save the corpus as UTF-8)");
        take(std::move(line), number);
        start = end + 1;
        meter.parsed(start, number);
    }
    meter.fileDone(text.size(), number);
}

std::uint64_t sizeOf(const fs::path& file) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    return ec ? 0 : static_cast<std::uint64_t>(size);
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::vector<Example> documentsPerLine(const fs::path& file, LoadMeter& meter) {
    meter.expect(sizeOf(file));
    meter.announce();
    std::vector<Example> documents;
    forEachLine(readBounded(file, kMaxCorpusFileBytes), file, meter, [&](std::string line, std::int64_t number) {
        if (!blank(line))
            documents.push_back({std::move(line), -1, number});
    });
    return documents;
}

std::vector<Example> documentsPerFile(const fs::path& folder, LoadMeter& meter) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt")
            files.push_back(it->path());
        if (files.size() > kMaxCorpusFiles)
            throwBadInput(folder.string() + " holds more than " + std::to_string(kMaxCorpusFiles) +
                          " .txt files; split the corpus or join the files");
    }
    if (ec)
        throwBadInput("cannot list " + folder.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files)
        meter.expect(sizeOf(file));
    meter.announce();
    std::vector<Example> documents;
    std::uintmax_t total = 0;
    for (const fs::path& file : files) {
        std::string text = readBounded(file, kMaxCorpusFileBytes);
        total += text.size();
        if (total > kMaxCorpusBytes)
            throwBadInput(folder.string() + " holds more than " + std::to_string(kMaxCorpusBytes >> 20) +
                          " MiB of text; a corpus may hold at most that");
        std::string document;
        forEachLine(text, file, meter, [&](std::string line, std::int64_t) { document += line + "\n"; });
        if (!blank(document))
            documents.push_back({std::move(document), -1, 1});
    }
    return documents;
}

std::vector<Split> heldOut(std::vector<Example> documents, const DatasetOptions& options) {
    if (!options.splitSingleFile || options.validationFraction <= 0.0 || documents.size() < 2)
        return {Split{options.splitSingleFile ? "train" : "test", std::move(documents)}};
    const std::size_t n = documents.size();
    auto held = static_cast<std::size_t>(std::llround(static_cast<double>(n) * options.validationFraction));
    held = std::clamp<std::size_t>(held, 1, n - 1);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    SplitMix64 random(options.seed);
    for (std::size_t i = n - 1; i > 0; --i) // Fisher-Yates with a specified generator
        std::swap(order[i], order[random.below(i + 1)]);
    std::vector<bool> validation(n, false);
    for (std::size_t i = 0; i < held; ++i)
        validation[order[i]] = true;
    Split train{"train", {}}, eval{"validation", {}};
    for (std::size_t i = 0; i < n; ++i)
        (validation[i] ? eval : train).examples.push_back(std::move(documents[i]));
    return {std::move(train), std::move(eval)};
}

} // namespace

Dataset loadTextCorpus(const DatasetOptions& options) {
    return loadTextCorpus(options, LoadControl{});
}

Dataset loadTextCorpus(const DatasetOptions& options, const LoadControl& control) {
    LoadMeter meter(control);
    meter.checkCancelled(); // a load cancelled while it waited for its turn never starts
    if (options.path == kDemoCorpusName)
        return DemoDataset::corpus();
    const fs::path path(options.path);
    std::error_code ec;
    if (!fs::exists(path, ec))
        throwBadInput("text corpus " + options.path + " does not exist (give a .txt file, a folder of .txt files, or " +
                      kDemoCorpusName + ")");
    const bool folder = fs::is_directory(path, ec);
    std::vector<Example> documents = folder ? documentsPerFile(path, meter) : documentsPerLine(path, meter);
    if (documents.empty())
        throwBadInput(options.path + " holds no text" + (folder ? " (.txt files)" : ""));
    Dataset dataset;
    dataset.source = options.path;
    dataset.textColumn = "text";
    dataset.splits = heldOut(std::move(documents), options);
    meter.finish();
    return dataset;
}

} // namespace litetune
