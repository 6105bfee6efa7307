// PredictionsFile: predictions.csv (index, label, predicted, probability, loss), one row per
// evaluated example in split order. The writer streams rows into a temporary file that becomes
// visible only on commit(); the reader validates every row and is bounded in size.
#pragma once

#include "api/Results.h"
#include "util/AtomicFile.h"

#include <filesystem>
#include <vector>

namespace litetune {

class PredictionsWriter {
public:
    explicit PredictionsWriter(const std::filesystem::path& file);
    void add(const SamplePrediction& prediction);
    void commit();

private:
    AtomicFileWriter m_file;
    std::string m_buffer;
};

std::vector<SamplePrediction> readPredictions(const std::filesystem::path& file);

} // namespace litetune
