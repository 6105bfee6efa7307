// ColumnDetector: picks the text and label columns of a table — the names given, else the known
// names (text: tweet, text, sentence; label: emoji, label, labels), case-insensitively. A missing
// or ambiguous column is BadInput listing the columns found, which is what the GUI's column
// dialog needs. Deliberately no guessing from contents. Reference: the man page (packaging/litetune-cli.1) "Datasets".
#pragma once

#include <string>
#include <vector>

namespace litetune {

struct ColumnChoice {
    int text = -1;
    int label = -1;
};

class ColumnDetector {
public:
    static ColumnChoice choose(const std::vector<std::string>& columns, const std::string& textColumn,
                               const std::string& labelColumn, const std::string& file);
};

} // namespace litetune
