#include "dataset/DatasetHeader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString firstDataFile(const QString& folder) {
    const QStringList patterns{QStringLiteral("train*.csv"),   QStringLiteral("train*.tsv"),
                               QStringLiteral("train*.jsonl"), QStringLiteral("*.csv"),
                               QStringLiteral("*.tsv"),        QStringLiteral("*.jsonl")};
    for (const auto& pattern : patterns) {
        const QStringList files = QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
        if (!files.isEmpty()) {
            return QDir(folder).filePath(files.first());
        }
    }
    return {};
}

} // namespace

QStringList DatasetHeader::readColumns(const QString& path) {
    const QString file = QFileInfo(path).isDir() ? firstDataFile(path) : path;
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (file.isEmpty() || !(suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
                            suffix == QLatin1String("jsonl") || suffix == QLatin1String("json"))) {
        return {};
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QString line = QString::fromUtf8(input.readLine(1 << 20)).trimmed();
    if (line.startsWith(QChar(0xFEFF))) {
        line.remove(0, 1);
    }
    if (suffix.startsWith(QLatin1String("json"))) {
        return QJsonDocument::fromJson(line.toUtf8()).object().keys();
    }
    const QChar delimiter =
        suffix == QLatin1String("tsv") || line.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
    return splitCsvLine(line, delimiter);
}

QStringList DatasetHeader::splitCsvLine(const QString& line, QChar delimiter) {
    QStringList fields;
    QString current;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            fields.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current.trimmed());
    return fields;
}

bool DatasetHeader::autoDetectable(const QStringList& columns) {
    auto hasAny = [&columns](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            if (columns.contains(QLatin1String(name), Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    };
    return hasAny({"tweet", "text", "sentence"}) && hasAny({"emoji", "label", "labels"});
}
