// Fuzzes the TweetEval task-folder reader through loadDataset, as a user's folder reaches it: any
// bytes give a Dataset or a litetune::Error. The first byte picks the split prefix (train, val,
// test) and whether bad rows are skipped; the rest is cut at NUL bytes into {prefix}_text.txt,
// {prefix}_labels.txt and mapping.txt (a part that is absent is a file that is absent, so the
// "text without labels" and "no mapping.txt" paths are reached too), written into a scratch folder.
// A dataset that comes back must be usable: every example has non-empty valid UTF-8 text and a
// label index inside the label list.
// Deliberately not here: archives (fuzz_archive) and CSV/JSON Lines folders (fuzz_delimited_text).
#include "api/Dataset.h"
#include "data/TextEncoding.h"
#include "util/Error.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path root = fs::temp_directory_path() / ("litetune-fuzz-tweeteval-" + std::to_string(::getpid()));
    if (size == 0)
        return 0;
    std::error_code ec;
    fs::remove_all(root, ec);
    fs::create_directories(root);

    static const char* const kPrefixes[] = {"train", "val", "test", "train"};
    const std::string prefix = kPrefixes[data[0] & 3];
    std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
    const char* const names[] = {"_text.txt", "_labels.txt", "mapping.txt"};
    for (int part = 0; part < 3; ++part) {
        const auto cut = part < 2 ? rest.find('\0') : std::string_view::npos;
        writeFile(root / (part < 2 ? prefix + names[part] : std::string(names[part])), rest.substr(0, cut));
        if (cut == std::string_view::npos)
            break;
        rest.remove_prefix(cut + 1);
    }

    litetune::DatasetOptions options;
    options.path = root.string();
    options.splitSingleFile = false;
    options.skipBadRows = (data[0] & 4) != 0;
    try {
        const litetune::Dataset dataset = litetune::loadDataset(options);
        if (dataset.labels.empty())
            __builtin_trap();
        for (const litetune::Split& split : dataset.splits)
            for (const litetune::Example& example : split.examples)
                if (example.label < 0 || static_cast<std::size_t>(example.label) >= dataset.labels.size() ||
                    example.text.empty() || !litetune::TextEncoding::isValidUtf8(example.text))
                    __builtin_trap();
    } catch (const litetune::Error&) {
    }
    return 0;
}
