// DatasetReader: source detection, rows, labels and splits (see DatasetReader.h for the rules).
#include "data/DatasetReader.h"

#include "data/ColumnDetector.h"
#include "data/CsvReader.h"
#include "data/DemoDataset.h"
#include "data/JsonLinesReader.h"
#include "data/LabelCatalog.h"
#include "data/StratifiedSplitter.h"
#include "data/TextCleaner.h"
#include "data/TextEncoding.h"
#include "data/TweetEvalReader.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

namespace litetune {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out.empty() ? "nothing" : out;
}

// Which split a file's stem names: "train.csv" → train, "dev.jsonl" → validation; "" for none.
std::string splitNameOf(const std::string& fileName) {
    const std::string stem = lower(fileName.substr(0, fileName.find('.')));
    if (stem == "train" || stem == "training")
        return "train";
    if (stem == "validation" || stem == "val" || stem == "valid" || stem == "dev")
        return "validation";
    if (stem == "test")
        return "test";
    return {};
}

// Text LiteTune cannot read, refused as a whole with what to do: datasets must be UTF-8, and a
// UTF-16 file (Excel's "Unicode text") or a binary one would otherwise fail on a garbled header
// whose bytes end up in the message. NUL never occurs in UTF-8 text; like git and grep, only the
// first 8000 bytes are looked at for it.
void checkIsText(const std::string& display, const std::string& content) {
    const auto startsWith = [&](const char* bom, std::size_t size) { return content.compare(0, size, bom, size) == 0; };
    if (startsWith("\xFF\xFE\0\0", 4) || startsWith("\0\0\xFE\xFF", 4))
        throwBadInput(display + " is UTF-32 text (it starts with a UTF-32 byte-order mark); save it as UTF-8");
    if (startsWith("\xFF\xFE", 2) || startsWith("\xFE\xFF", 2))
        throwBadInput(display + " is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8");
    const std::size_t nul = std::string_view(content).substr(0, 8000).find('\0');
    if (nul != std::string::npos && nul < 8000)
        throwBadInput(display + " holds a NUL byte at offset " + std::to_string(nul) +
                      ", so it is not UTF-8 text (a binary file, or UTF-16 without a byte-order mark?)");
}

RawTable parseTable(const std::string& name, const std::string& display, const std::string& content,
                    const ReadLimits& limits, LoadMeter* meter = nullptr) {
    checkIsText(display, content);
    const std::string lowerName = lower(name);
    const bool jsonName =
        endsWith(lowerName, ".jsonl") || endsWith(lowerName, ".ndjson") || endsWith(lowerName, ".json");
    const bool delimitedName =
        endsWith(lowerName, ".csv") || endsWith(lowerName, ".tsv") || endsWith(lowerName, ".tab");
    if (jsonName || (!delimitedName && JsonLinesReader::looksLikeJsonLines(content))) {
        const auto first = content.find_first_not_of(" \t\r\n");
        if (first == std::string::npos)
            throwBadInput(display + " is empty: expected JSON Lines (one object per line)");
        if (content[first] == '[')
            throwBadInput(display + " holds a JSON array; expected JSON Lines (one object per line)");
        return JsonLinesReader::parse(content, display, limits, meter);
    }
    return CsvReader::parse(content, CsvReader::delimiterFor(name, content), display, limits, meter);
}

} // namespace

DatasetReader::DatasetReader(DatasetOptions options, LoadControl control)
    : m_options(std::move(options))
    , m_meter(std::move(control)) {}

std::vector<DatasetReader::SplitRows> DatasetReader::findSplitFiles(const DataSource& source) const {
    std::vector<SplitRows> splits;
    if (source.isSingleFile())
        return splits;
    for (const char* wanted : {"train", "validation", "test"}) {
        std::vector<std::string> files;
        for (const std::string& name : source.fileNames())
            if (splitNameOf(name) == wanted)
                files.push_back(name);
        if (files.size() > 1)
            throwBadInput(source.description() + " has more than one " + wanted + " file (" + joined(files) +
                          "); keep one");
        if (files.size() == 1)
            splits.push_back({wanted, files.front(), {}, {}});
    }
    return splits;
}

std::string DatasetReader::singleDataFile(const DataSource& source) const {
    const std::vector<std::string> names = source.fileNames();
    if (names.size() == 1)
        return names.front();
    if (names.empty())
        throwBadInput(source.description() +
                      " holds no dataset file; expected a CSV/TSV/JSON Lines file, train/validation/test files, or a "
                      "TweetEval task folder");
    throwBadInput(source.description() + " holds several data files (" + joined(names) +
                  ") but none is named train, validation (val, dev) or test");
}

void DatasetReader::readRows(const DataSource& source, SplitRows& split, Dataset& dataset) {
    const std::string display = source.displayName(split.file);
    split.display = display;
    const std::uint64_t estimate = source.sizeHint(split.file);
    RawTable table;
    {
        const std::string content = source.read(split.file, &m_meter);
        m_meter.correct(estimate, content.size());
        table = parseTable(split.file, display, content, m_limits, &m_meter);
        m_meter.fileDone(content.size(), static_cast<std::int64_t>(table.records.size()));
    }
    if (table.columns.empty() && !table.records.empty()) { // JSON Lines with no valid object at all
        for (const RawRecord& record : table.records)
            m_badRows.add(display, record.line, record.problem.empty() ? "an object without keys" : record.problem);
        return;
    }
    const ColumnChoice choice =
        ColumnDetector::choose(table.columns, m_options.textColumn, m_options.labelColumn, display);
    const auto text = static_cast<std::size_t>(choice.text);
    const auto label = static_cast<std::size_t>(choice.label);
    if (dataset.textColumn.empty()) {
        dataset.textColumn = table.columns[text];
        dataset.labelColumn = table.columns[label];
    }
    for (const RawRecord& record : table.records) {
        m_meter.step();
        std::string problem = record.problem;
        if (problem.empty() && !record.fieldProblems.empty()) {
            for (const std::size_t column : {text, label})
                if (problem.empty() && !record.fieldProblems[column].empty())
                    problem = "\"" + table.columns[column] + "\" is " + record.fieldProblems[column];
        }
        if (problem.empty()) {
            if (!TextEncoding::isValidUtf8(record.fields[text]) || !TextEncoding::isValidUtf8(record.fields[label]))
                problem = "invalid UTF-8";
            else if (trimmed(record.fields[text]).empty())
                problem = "empty text";
            else if (trimmed(record.fields[label]).empty())
                problem = "empty label";
        }
        if (!problem.empty()) {
            m_badRows.add(display, record.line, problem);
            continue;
        }
        split.rows.push_back({record.fields[text], trimmed(record.fields[label]), record.line});
    }
}

void DatasetReader::buildSplits(std::vector<SplitRows>& splits, Dataset& dataset, bool splitOneFile) {
    const bool haveTrain =
        std::any_of(splits.begin(), splits.end(), [](const SplitRows& s) { return s.name == "train"; });
    std::map<std::string, std::int64_t> counts;
    for (const SplitRows& split : splits)
        if (!haveTrain || split.name == "train")
            for (const Row& row : split.rows)
                ++counts[row.label];
    const LabelCatalog catalog = LabelCatalog::fromCounts(counts);
    dataset.labels = catalog.labels();
    for (SplitRows& split : splits) {
        Split out{split.name, {}};
        out.examples.reserve(split.rows.size());
        for (Row& row : split.rows) {
            m_meter.step();
            const int index = catalog.indexOf(row.label);
            if (index < 0) {
                m_badRows.add(split.display, row.line, "unknown label \"" + row.label + "\" (not in the train split)");
                continue;
            }
            out.examples.push_back({std::move(row.text), index, row.line});
        }
        dataset.splits.push_back(std::move(out));
    }
    if (splitOneFile) {
        const std::vector<Example> all = std::move(dataset.splits.front().examples);
        dataset.splits = StratifiedSplitter::split(all, dataset.labels.size(), m_options.validationFraction,
                                                   m_options.testFraction, m_options.seed);
    }
}

Dataset DatasetReader::read() {
    Dataset dataset = readAsWritten();
    if (!m_options.cleanText) {
        m_meter.finish();
        return dataset;
    }
    // A text of invisible characters only is empty once cleaned: a bad row like any empty text,
    // never a training example of nothing.
    std::vector<BadRow> emptied;
    for (Split& split : dataset.splits) {
        for (Example& example : split.examples) {
            m_meter.step();
            example.text = TextCleaner::clean(example.text);
        }
        const auto empty = [](const Example& example) { return example.text.empty(); };
        for (const Example& example : split.examples)
            if (empty(example))
                emptied.push_back({dataset.source + " (" + split.name + ")", example.line,
                                   "empty text after cleaning (it held only invisible characters)"});
        split.examples.erase(std::remove_if(split.examples.begin(), split.examples.end(), empty), split.examples.end());
    }
    if (!emptied.empty() && !m_options.skipBadRows)
        throwBadInput(emptied.front().file + ":" + std::to_string(emptied.front().line) + ": " +
                      emptied.front().reason + " (" + std::to_string(emptied.size()) +
                      " such rows; skip bad rows to leave them out)");
    dataset.skippedRows.insert(dataset.skippedRows.end(), emptied.begin(), emptied.end());
    m_meter.finish();
    return dataset;
}

Dataset DatasetReader::readAsWritten() {
    m_meter.checkCancelled(); // a load cancelled while it waited for its turn never starts
    if (m_options.path == "demo")
        return DemoDataset::load(m_options);
    StratifiedSplitter::checkFractions(m_options.validationFraction, m_options.testFraction);
    const DataSource source(m_options.path, m_limits);
    Dataset dataset;
    dataset.source = source.description();
    if (!source.isSingleFile() && TweetEvalReader::matches(source.fileNames())) {
        TweetEvalReader::read(source, dataset, m_badRows);
    } else {
        std::vector<SplitRows> splits = findSplitFiles(source);
        bool oneFile = false;
        if (splits.empty()) {
            splits.push_back({"test", singleDataFile(source), {}, {}});
            oneFile = true;
        } else if (splits.size() == 1 && splits.front().name == "train") {
            oneFile = true; // a folder with a train file only is split like a single file
        }
        for (const SplitRows& split : splits)
            m_meter.expect(source.sizeHint(split.file));
        m_meter.announce();
        for (SplitRows& split : splits)
            readRows(source, split, dataset);
        buildSplits(splits, dataset, oneFile && m_options.splitSingleFile);
        m_meter.checkCancelled(); // the stratified split just took a while
    }
    m_badRows.settle(m_options.skipBadRows, dataset.skippedRows);
    std::size_t total = 0;
    for (const Split& split : dataset.splits)
        total += split.examples.size();
    if (total == 0)
        throwBadInput(dataset.source + " holds no usable rows");
    return dataset;
}

std::vector<std::string> DatasetReader::columns() {
    if (m_options.path == "demo")
        return {};
    const DataSource source(m_options.path, m_limits);
    if (!source.isSingleFile() && TweetEvalReader::matches(source.fileNames()))
        return {};
    std::vector<SplitRows> splits = findSplitFiles(source);
    const std::string file = splits.empty() ? singleDataFile(source) : splits.front().file;
    return parseTable(file, source.displayName(file), source.read(file), m_limits).columns;
}

} // namespace litetune
