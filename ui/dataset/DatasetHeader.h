// DatasetHeader: the column names of a CSV/TSV or JSON Lines file, read from its first record
// without the engine, so the column-mapping dialog can offer them when the engine could not
// tell which column holds the text and which the label.
#pragma once

#include <QStringList>

class DatasetHeader {
public:
    // Column names of PATH (a file, or the first data file inside a folder); empty when the
    // file is no plain CSV/TSV/JSON Lines file or cannot be read.
    static QStringList readColumns(const QString& path);
    // Splits one CSV line (RFC 4180 quoting) at the delimiter.
    static QStringList splitCsvLine(const QString& line, QChar delimiter);
    // Whether the engine's automatic detection will find both columns (the names the man page,
    // packaging/litetune-cli.1, lists).
    static bool autoDetectable(const QStringList& columns);
};
