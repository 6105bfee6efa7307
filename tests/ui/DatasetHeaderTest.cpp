// DatasetHeader: column names from CSV/TSV/JSON Lines headers (RFC 4180 quoting), and whether
// the engine's automatic column detection will succeed on them.
#include "dataset/DatasetHeader.h"

#include <QTemporaryDir>
#include <QtTest>

class DatasetHeaderTest : public QObject {
    Q_OBJECT

private slots:
    void splitsCsvLines_data();
    void splitsCsvLines();
    void readsColumns_data();
    void readsColumns();
    void detectsAutoColumns_data();
    void detectsAutoColumns();
};

void DatasetHeaderTest::splitsCsvLines_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("fields");
    QTest::addRow("plain") << "tweet,emoji"
                           << "," << QStringList{"tweet", "emoji"};
    QTest::addRow("quoted delimiter") << "\"a,b\",c"
                                      << "," << QStringList{"a,b", "c"};
    QTest::addRow("doubled quote") << "\"say \"\"hi\"\"\",x"
                                   << "," << QStringList{"say \"hi\"", "x"};
    QTest::addRow("tab") << "text\tlabel"
                         << "\t" << QStringList{"text", "label"};
    QTest::addRow("empty field") << "a,,b"
                                 << "," << QStringList{"a", "", "b"};
}

void DatasetHeaderTest::splitsCsvLines() {
    QFETCH(QString, line);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, fields);
    QCOMPARE(DatasetHeader::splitCsvLine(line, delimiter.at(0)), fields);
}

void DatasetHeaderTest::readsColumns_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("columns");
    QTest::addRow("csv") << "data.csv" << QByteArray("body,mood\nhello,happy\n") << QStringList{"body", "mood"};
    QTest::addRow("csv with BOM") << "bom.csv" << QByteArray("\xEF\xBB\xBFtweet,emoji\n")
                                  << QStringList{"tweet", "emoji"};
    QTest::addRow("tsv") << "data.tsv" << QByteArray("a\tb\tc\n1\t2\t3\n") << QStringList{"a", "b", "c"};
    QTest::addRow("json lines") << "data.jsonl" << QByteArray("{\"sentence\": \"x\", \"y\": 1}\n")
                                << QStringList{"sentence", "y"};
    QTest::addRow("not a table") << "model.bin" << QByteArray("\x01\x02") << QStringList{};
}

void DatasetHeaderTest::readsColumns() {
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, columns);
    QTemporaryDir dir;
    QFile file(dir.filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QCOMPARE(DatasetHeader::readColumns(file.fileName()), columns);
}

void DatasetHeaderTest::detectsAutoColumns_data() {
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<bool>("detectable");
    QTest::addRow("reference names") << QStringList{"tweet", "emoji"} << true;
    QTest::addRow("text and label") << QStringList{"id", "Text", "label"} << true;
    QTest::addRow("unknown text") << QStringList{"body", "label"} << false;
    QTest::addRow("unknown label") << QStringList{"text", "mood"} << false;
}

void DatasetHeaderTest::detectsAutoColumns() {
    QFETCH(QStringList, columns);
    QFETCH(bool, detectable);
    QCOMPARE(DatasetHeader::autoDetectable(columns), detectable);
}

QTEST_GUILESS_MAIN(DatasetHeaderTest)
#include "DatasetHeaderTest.moc"
