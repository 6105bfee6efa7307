// DatasetReader: opens any dataset the man page (packaging/litetune-cli.1) names and returns it as a Dataset — the
// demo, a TweetEval task folder, a folder (or archive) of train/validation(val, dev)/test files, or one CSV/TSV/JSON
// Lines file (plain, compressed, or alone in an archive). One file is split stratified when
// splitSingleFile is set and is otherwise the single split "test" (evaluation); folders keep
// their splits; the demo is always split. Label order (LabelCatalog): TweetEval's mapping or the
// demo's topic list; else numeric when all labels are integers; else descending frequency in the
// training rows (a single file: all its rows), ties by byte-wise name. A label in a validation or
// test file that train lacks is a bad row. Bad rows: BadInput naming the first few, or skipped
// and listed with skipBadRows. Deliberately reads everything into memory: datasets are a few MB.
#pragma once

#include "api/Dataset.h"
#include "data/BadRowLog.h"
#include "data/DataSource.h"
#include "data/LoadMeter.h"

#include <string>
#include <vector>

namespace litetune {

class DatasetReader {
public:
    explicit DatasetReader(DatasetOptions options, LoadControl control = {});

    Dataset read();
    // The columns of the dataset's main file (train, else the single file), for a column dialog;
    // empty for the demo and TweetEval folders, whose columns are fixed.
    std::vector<std::string> columns();

private:
    Dataset readAsWritten(); // before the optional text cleaning
    struct Row {
        std::string text;
        std::string label;
        std::int64_t line = 0;
    };
    struct SplitRows {
        std::string name;
        std::string file; // logical name in the source
        std::vector<Row> rows;
        std::string display; // the file as messages name it
    };

    // The split files of a folder, in order train, validation, test; empty when none is named so.
    std::vector<SplitRows> findSplitFiles(const DataSource& source) const;
    std::string singleDataFile(const DataSource& source) const;
    void readRows(const DataSource& source, SplitRows& split, Dataset& dataset);
    void buildSplits(std::vector<SplitRows>& splits, Dataset& dataset, bool splitOneFile);

    DatasetOptions m_options;
    ReadLimits m_limits;
    BadRowLog m_badRows;
    LoadMeter m_meter;
};

} // namespace litetune
