// DemoDataset: quotes → emoji from Debian's fortunes (see DemoDataset.h).
#include "data/DemoDataset.h"

#include "data/ContentHash.h"
#include "data/StratifiedSplitter.h"
#include "data/TextEncoding.h"
#include "util/Error.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace litetune {

namespace fs = std::filesystem;

namespace {

struct Topic {
    const char* file;
    const char* glyph;
};

// Topical files of Debian 12's fortunes (literature: fortunes-min) with at least 115 short
// quotes each, in label order.
const Topic kTopics[] = {
    {"art", "\U0001F3A8"},       {"computers", "\U0001F4BB"},
    {"education", "\U0001F393"}, {"food", "\U0001F354"},
    {"law", "\u2696\uFE0F"},     {"literature", "\U0001F4DA"},
    {"love", "\u2764\uFE0F"},    {"politics", "\U0001F3DB\uFE0F"},
    {"science", "\U0001F52C"},   {"songs-poems", "\U0001F3B5"},
    {"sports", "\u26BD"},        {"startrek", "\U0001F596"},
    {"work", "\U0001F4BC"},
};

constexpr std::uintmax_t kMaxFortuneFileBytes = 16u << 20;

struct Quote {
    std::string text;
    std::int64_t line = 0;
    std::string hash;
};

std::string collapsedWhitespace(const std::string& text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::vector<Quote> readQuotes(const fs::path& file) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        throwFailure("the demo dataset needs Debian's fortunes and fortunes-min packages (apt install fortunes "
                     "fortunes-min): " +
                     file.string() + " is missing");
    if (size > kMaxFortuneFileBytes)
        throwFailure(file.string() + " is larger than 16 MiB; it is not a fortunes file");
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::vector<Quote> quotes;
    std::string current, line;
    std::int64_t lineNumber = 0, start = 1;
    auto finish = [&] {
        Quote quote{collapsedWhitespace(current), start, {}};
        if (!quote.text.empty() && quote.text.size() <= DemoDataset::kMaxBytes && TextEncoding::isValidUtf8(quote.text))
            quotes.push_back(std::move(quote));
        current.clear();
        start = lineNumber + 1;
    };
    while (std::getline(buffer, line)) {
        ++lineNumber;
        if (line == "%" || line == "%\r")
            finish();
        else
            current += line + "\n";
    }
    finish();
    return quotes;
}

} // namespace

Dataset DemoDataset::load(const DatasetOptions& options, const fs::path& fortunesDir) {
    StratifiedSplitter::checkFractions(options.validationFraction, options.testFraction);
    fs::path dir = fortunesDir;
    if (dir.empty()) {
        const char* env = std::getenv("LITETUNE_FORTUNES_DIR");
        dir = env && *env ? fs::path(env) : fs::path("/usr/share/games/fortunes");
    }
    std::vector<std::vector<Quote>> byTopic;
    std::map<std::string, int> topicsPerText;
    for (const Topic& topic : kTopics) {
        std::vector<Quote> quotes = readQuotes(dir / topic.file);
        std::map<std::string, bool> seen;
        std::vector<Quote> unique;
        for (Quote& quote : quotes)
            if (!seen[quote.text]) {
                seen[quote.text] = true;
                ++topicsPerText[quote.text];
                unique.push_back(std::move(quote));
            }
        byTopic.push_back(std::move(unique));
    }

    Dataset dataset;
    dataset.source = "demo: quotes \u2192 emoji (Debian fortunes, " + dir.string() + ")";
    dataset.textColumn = "quote";
    dataset.labelColumn = "topic";
    std::vector<Example> examples;
    for (std::size_t t = 0; t < byTopic.size(); ++t) {
        dataset.labels.push_back({kTopics[t].file, kTopics[t].glyph});
        std::vector<Quote> kept;
        for (Quote& quote : byTopic[t]) {
            if (topicsPerText[quote.text] > 1)
                continue; // the same quote under two topics cannot be learned
            ContentHash hash;
            hash.add(quote.text);
            quote.hash = hash.hex();
            kept.push_back(std::move(quote));
        }
        std::sort(kept.begin(), kept.end(), [](const Quote& a, const Quote& b) { return a.hash < b.hash; });
        if (kept.size() > kPerTopic)
            kept.resize(kPerTopic);
        std::sort(kept.begin(), kept.end(), [](const Quote& a, const Quote& b) { return a.line < b.line; });
        for (Quote& quote : kept)
            examples.push_back({std::move(quote.text), static_cast<int>(t), quote.line});
    }
    dataset.splits = StratifiedSplitter::split(examples, dataset.labels.size(), options.validationFraction,
                                               options.testFraction, options.seed);
    return dataset;
}

} // namespace litetune
