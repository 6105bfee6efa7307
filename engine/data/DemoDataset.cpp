// DemoDataset: "which language is this fortune in?" from Debian's fortunes, and the demo's
// pretraining corpus (see DemoDataset.h).
#include "data/DemoDataset.h"

#include "data/ContentHash.h"
#include "data/StratifiedSplitter.h"
#include "data/TextEncoding.h"
#include "util/Error.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace litetune {

namespace fs = std::filesystem;

namespace {

struct SourceFile {
    const char* name;
    const char* package;
};

// The regular files of Debian 12's fortunes and fortunes-min at the top level of the fortunes
// dir (from `dpkg -L fortunes fortunes-min`, without .dat/.u8 files and symlinks), sorted.
const SourceFile kEnglish[] = {
    {"art", "fortunes"},           {"ascii-art", "fortunes"},
    {"computers", "fortunes"},     {"cookie", "fortunes"},
    {"debian", "fortunes"},        {"definitions", "fortunes"},
    {"disclaimer", "fortunes"},    {"drugs", "fortunes"},
    {"education", "fortunes"},     {"ethnic", "fortunes"},
    {"food", "fortunes"},          {"fortunes", "fortunes-min"},
    {"goedel", "fortunes"},        {"humorists", "fortunes"},
    {"kids", "fortunes"},          {"knghtbrd", "fortunes"},
    {"law", "fortunes"},           {"linux", "fortunes"},
    {"linuxcookie", "fortunes"},   {"literature", "fortunes-min"},
    {"love", "fortunes"},          {"magic", "fortunes"},
    {"medicine", "fortunes"},      {"men-women", "fortunes"},
    {"miscellaneous", "fortunes"}, {"news", "fortunes"},
    {"paradoxum", "fortunes"},     {"people", "fortunes"},
    {"perl", "fortunes"},          {"pets", "fortunes"},
    {"platitudes", "fortunes"},    {"politics", "fortunes"},
    {"pratchett", "fortunes"},     {"riddles", "fortunes-min"},
    {"science", "fortunes"},       {"songs-poems", "fortunes"},
    {"sports", "fortunes"},        {"startrek", "fortunes"},
    {"tao", "fortunes"},           {"translate-me", "fortunes"},
    {"wisdom", "fortunes"},        {"work", "fortunes"},
    {"zippy", "fortunes"},
};

struct Language {
    const char* name;
    const char* glyph;
    const char* source;  // a folder or a file under the fortunes dir; nullptr: kEnglish
    bool folder;         // read every regular file of `source` ...
    const char* suffix;  // ... whose name ends so ("" = any)
    const char* package; // the Debian package that installs `source`
};

// In label order.
const Language kLanguages[] = {
    {"english", "\U0001F1EC\U0001F1E7", nullptr, false, "", "fortunes"},
    {"german", "\U0001F1E9\U0001F1EA", "de", true, "", "fortunes-de"},
    {"spanish", "\U0001F1EA\U0001F1F8", "es", true, ".fortunes", "fortunes-es"},
    {"italian", "\U0001F1EE\U0001F1F9", "it", true, "", "fortunes-it"},
    {"portuguese", "\U0001F1E7\U0001F1F7", "brasil", false, "", "fortunes-br"},
    {"polish", "\U0001F1F5\U0001F1F1", "pl", true, "", "fortunes-pl"},
    {"russian", "\U0001F1F7\U0001F1FA", "ru", true, "", "fortunes-ru"},
    {"czech", "\U0001F1E8\U0001F1FF", "cs", true, "", "fortunes-cs"},
    {"bulgarian", "\U0001F1E7\U0001F1EC", "bg", true, "", "fortunes-bg"},
    {"esperanto", "\U0001F49A", "eo", true, "", "fortunes-eo"},
    {"irish", "\U0001F1EE\U0001F1EA", "ga", true, "", "fortunes-ga"},
};

constexpr std::uintmax_t kMaxFortuneFileBytes = 16u << 20;

struct Entry {
    std::string text;
    std::size_t file = 0; // index in the language's reading order
    std::int64_t line = 0;
    std::string hash;
};

struct Source {
    fs::path path;
    std::string package;
};

[[noreturn]] void throwMissing(const std::string& package, const fs::path& path) {
    throwFailure("the demo dataset needs Debian's " + package + " package (apt install " + package +
                 "): " + path.string() + " is missing");
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<Source> sourcesOf(const Language& language, const fs::path& dir) {
    std::vector<Source> sources;
    if (!language.source) {
        for (const SourceFile& file : kEnglish)
            sources.push_back({dir / file.name, file.package});
        return sources;
    }
    const fs::path path = dir / language.source;
    if (!language.folder)
        return {{path, language.package}};
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        throwMissing(language.package, path);
    std::vector<std::string> names;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code statError;
        if (!fs::is_regular_file(it->symlink_status(statError)) || statError)
            continue;
        if (endsWith(name, ".dat") || endsWith(name, ".u8") || !endsWith(name, language.suffix))
            continue;
        names.push_back(name);
    }
    if (ec)
        throwFailure("cannot list " + path.string() + ": " + ec.message());
    if (names.empty())
        throwMissing(language.package, path / ("*" + std::string(language.suffix)));
    std::sort(names.begin(), names.end());
    for (const std::string& name : names)
        sources.push_back({path / name, language.package});
    return sources;
}

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

// The file's usable entries (collapsed, non-empty, valid UTF-8, up to kMaxCorpusBytes).
void readEntries(const Source& source, std::size_t fileIndex, std::vector<Entry>& entries) {
    std::error_code ec;
    const fs::file_status status = fs::status(source.path, ec);
    if (ec || !fs::is_regular_file(status))
        throwMissing(source.package, source.path);
    const auto size = fs::file_size(source.path, ec);
    if (ec)
        throwMissing(source.package, source.path);
    if (size > kMaxFortuneFileBytes)
        throwFailure(source.path.string() + " is larger than 16 MiB; it is not a fortunes file");
    std::ifstream in(source.path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string current, line;
    std::int64_t lineNumber = 0, start = 1;
    auto finish = [&] {
        Entry entry{collapsedWhitespace(current), fileIndex, start, {}};
        if (!entry.text.empty() && entry.text.size() <= DemoDataset::kMaxCorpusBytes &&
            TextEncoding::isValidUtf8(entry.text))
            entries.push_back(std::move(entry));
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
}

fs::path fortunesDirOr(const fs::path& fortunesDir) {
    if (!fortunesDir.empty())
        return fortunesDir;
    const char* env = std::getenv("LITETUNE_FORTUNES_DIR");
    return env && *env ? fs::path(env) : fs::path("/usr/share/games/fortunes");
}

bool byHash(const Entry& a, const Entry& b) {
    if (a.hash != b.hash)
        return a.hash < b.hash;
    return a.file != b.file ? a.file < b.file : a.line < b.line;
}

bool byPlace(const Entry& a, const Entry& b) {
    return a.file != b.file ? a.file < b.file : a.line < b.line;
}

struct Selection {
    std::vector<Entry> classification; // ≤ kPerClass texts ≤ kMaxBytes, in file order
    std::vector<Entry> corpus;         // ≤ kCorpusPerClass other texts, in hash order
};

// Per language in label order: the classification texts first (the kPerClass smallest hashes
// among the texts ≤ kMaxBytes), then the corpus from what is left, so that growing the corpus
// can never change or overlap the classification set.
std::vector<Selection> select(const fs::path& dir) {
    std::vector<std::vector<Entry>> byLanguage;
    std::unordered_map<std::string, int> languagesPerText;
    for (const Language& language : kLanguages) {
        const std::vector<Source> sources = sourcesOf(language, dir);
        std::vector<Entry> entries;
        for (std::size_t f = 0; f < sources.size(); ++f)
            readEntries(sources[f], f, entries);
        std::unordered_set<std::string> seen;
        std::vector<Entry> unique;
        for (Entry& entry : entries)
            if (seen.insert(entry.text).second) {
                ++languagesPerText[entry.text];
                unique.push_back(std::move(entry));
            }
        byLanguage.push_back(std::move(unique));
    }
    std::vector<Selection> selections;
    for (std::vector<Entry>& entries : byLanguage) {
        std::vector<Entry> kept;
        for (Entry& entry : entries) {
            if (languagesPerText[entry.text] > 1)
                continue; // the same text under two languages cannot be learned
            ContentHash hash;
            hash.add(entry.text);
            entry.hash = hash.hex();
            kept.push_back(std::move(entry));
        }
        std::sort(kept.begin(), kept.end(), byHash);
        Selection selection;
        for (Entry& entry : kept) {
            if (selection.classification.size() < DemoDataset::kPerClass && entry.text.size() <= DemoDataset::kMaxBytes)
                selection.classification.push_back(std::move(entry));
            else if (selection.corpus.size() < DemoDataset::kCorpusPerClass)
                selection.corpus.push_back(std::move(entry));
        }
        std::sort(selection.classification.begin(), selection.classification.end(), byPlace);
        selections.push_back(std::move(selection));
    }
    return selections;
}

} // namespace

std::vector<std::string> DemoDataset::englishFiles() {
    std::vector<std::string> names;
    for (const SourceFile& file : kEnglish)
        names.push_back(file.name);
    return names;
}

Dataset DemoDataset::load(const DatasetOptions& options, const fs::path& fortunesDir) {
    StratifiedSplitter::checkFractions(options.validationFraction, options.testFraction);
    const fs::path dir = fortunesDirOr(fortunesDir);
    std::vector<Selection> selections = select(dir);

    Dataset dataset;
    dataset.source = "demo: which language? (Debian fortunes, " + dir.string() + ")";
    dataset.textColumn = "text";
    dataset.labelColumn = "language";
    std::vector<Example> examples;
    for (std::size_t l = 0; l < selections.size(); ++l) {
        dataset.labels.push_back({kLanguages[l].name, kLanguages[l].glyph});
        for (Entry& entry : selections[l].classification)
            examples.push_back({std::move(entry.text), static_cast<int>(l), entry.line});
    }
    dataset.splits = StratifiedSplitter::split(examples, dataset.labels.size(), options.validationFraction,
                                               options.testFraction, options.seed);
    return dataset;
}

Dataset DemoDataset::corpus(const fs::path& fortunesDir) {
    const fs::path dir = fortunesDirOr(fortunesDir);
    std::vector<Selection> selections = select(dir);

    Dataset dataset;
    dataset.source = "demo-text: fortunes in " + std::to_string(std::size(kLanguages)) +
                     " languages (Debian fortunes, " + dir.string() + ")";
    dataset.textColumn = "text";
    Split train{"train", {}}, validation{"validation", {}};
    for (Selection& selection : selections)
        for (std::size_t i = 0; i < selection.corpus.size(); ++i) {
            Entry& entry = selection.corpus[i];
            Split& split = (i + 1) % kCorpusValidationEvery == 0 ? validation : train;
            split.examples.push_back({std::move(entry.text), -1, entry.line});
        }
    dataset.splits.push_back(std::move(train));
    dataset.splits.push_back(std::move(validation));
    return dataset;
}

} // namespace litetune
