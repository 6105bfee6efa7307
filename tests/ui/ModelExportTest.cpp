// Model export from the GUI side, over a real demo comparison: ModelExporter writes a full
// fine-tune as a Hugging Face model folder and a LoRA run as a PEFT adapter or, merged, as a plain
// model folder, in the background; a folder holding a user's file is refused with a message that
// names it, and the file stays byte for byte; the engine tells a user's folder (Refused) from an
// earlier export (Replaceable), whose user files survive a confirmed replace; and the dialog offers
// only runs that trained something, with the merge choice for LoRA alone.
#include "IsolatedTestMain.h"
#include "TinyComparison.h"
#include "report/ModelExportDialog.h"
#include "report/ModelExporter.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include "api/RunExport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <exception>

namespace {

constexpr int kTimeoutMs = 120000;

const QByteArray kThesis("\\documentclass{article}\n\\begin{document}\nChapter one, not backed up.\n\\end{document}\n");

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool has(const QString& folder, const char* name) {
    return QFileInfo(QDir(folder).filePath(QLatin1String(name))).isFile();
}

} // namespace

class ModelExportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsFullFineTune();
    void exportsLoraAdapter();
    void exportsMergedLora();
    void refusesAUsersFolder();
    void inspectsTargets();
    void dialogOffersTrainedRuns();

private:
    struct Outcome {
        bool exported = false;
        qint64 bytes = -1;
        QString error;
    };
    // Runs one export through ModelExporter and waits for its signal.
    Outcome exportModel(const litetune::ModelExportRequest& request);
    litetune::ModelExportRequest request(const litetune::RunResult& run, const QString& out, bool merged = false) const;

    RunResultList m_runs;
    litetune::RunResult m_full;
    litetune::RunResult m_lora;
    litetune::RunResult m_base;
    QTemporaryDir m_out;
};

void ModelExportTest::initTestCase() {
    QVERIFY(m_out.isValid());
    m_runs = uitest::tinyDemoComparison();
    QCOMPARE(m_runs.size(), size_t(3));
    for (const auto& run : m_runs) {
        switch (run.config.method) {
        case litetune::Method::Evaluate:
            m_base = run;
            break;
        case litetune::Method::Full:
            m_full = run;
            break;
        case litetune::Method::Lora:
            m_lora = run;
            break;
        default:
            break;
        }
    }
    QVERIFY(!m_base.runDir.empty());
    QVERIFY(!m_full.runDir.empty());
    QVERIFY(!m_lora.runDir.empty());
}

litetune::ModelExportRequest ModelExportTest::request(const litetune::RunResult& run, const QString& out,
                                                      bool merged) const {
    litetune::ModelExportRequest request;
    request.runDir = run.runDir;
    request.out = toStdString(out);
    request.merged = merged;
    return request;
}

ModelExportTest::Outcome ModelExportTest::exportModel(const litetune::ModelExportRequest& request) {
    Outcome outcome;
    ModelExporter exporter;
    QSignalSpy started(&exporter, &ModelExporter::started);
    QSignalSpy exported(&exporter, &ModelExporter::exported);
    QSignalSpy failed(&exporter, &ModelExporter::failed);
    if (!exporter.start(request)) {
        outcome.error = QStringLiteral("start() refused an idle exporter");
        return outcome;
    }
    if (!exporter.isBusy() || exporter.start(request)) { // one at a time
        outcome.error = QStringLiteral("a second export started beside the first");
        return outcome;
    }
    if (started.count() != 1 || started.first().first().toString() != toQString(request.out)) {
        outcome.error = QStringLiteral("started() was not emitted with the folder");
        return outcome;
    }
    if (!QTest::qWaitFor([&] { return exported.count() + failed.count() > 0; }, kTimeoutMs)) {
        outcome.error = QStringLiteral("the export did not finish in time");
        return outcome;
    }
    if (exporter.isBusy() || exported.count() + failed.count() != 1) {
        outcome.error = QStringLiteral("the exporter is still busy, or signalled twice");
        return outcome;
    }
    if (!failed.isEmpty()) {
        if (failed.first().at(0).toString() != toQString(request.out)) {
            outcome.error = QStringLiteral("failed() names another folder");
        } else {
            outcome.error = failed.first().at(1).toString();
        }
        return outcome;
    }
    if (exported.first().at(0).toString() != toQString(request.out)) {
        outcome.error = QStringLiteral("exported() names another folder");
        return outcome;
    }
    outcome.exported = true;
    outcome.bytes = exported.first().at(1).toLongLong();
    return outcome;
}

void ModelExportTest::exportsFullFineTune() {
    const QString out = m_out.filePath(QStringLiteral("full-model"));
    const Outcome outcome = exportModel(request(m_full, out));
    QVERIFY2(outcome.exported, qPrintable(outcome.error));
    QVERIFY(has(out, "config.json"));
    QVERIFY(has(out, "model.safetensors"));
    QVERIFY(!has(out, "adapter_config.json"));
    QVERIFY(outcome.bytes >= QFileInfo(QDir(out).filePath(QStringLiteral("model.safetensors"))).size());
}

void ModelExportTest::exportsLoraAdapter() {
    const QString out = m_out.filePath(QStringLiteral("lora-adapter"));
    const Outcome outcome = exportModel(request(m_lora, out));
    QVERIFY2(outcome.exported, qPrintable(outcome.error));
    QVERIFY(has(out, "adapter_config.json"));
    QVERIFY(has(out, "adapter_model.safetensors"));
    QVERIFY(!has(out, "model.safetensors"));
    QVERIFY(outcome.bytes > 0);
}

void ModelExportTest::exportsMergedLora() {
    const QString out = m_out.filePath(QStringLiteral("lora-merged"));
    const Outcome outcome = exportModel(request(m_lora, out, true));
    QVERIFY2(outcome.exported, qPrintable(outcome.error));
    QVERIFY(has(out, "config.json"));
    QVERIFY(has(out, "model.safetensors"));
    QVERIFY(!has(out, "adapter_config.json"));
    QVERIFY(!has(out, "adapter_model.safetensors"));
}

void ModelExportTest::refusesAUsersFolder() {
    const QString out = m_out.filePath(QStringLiteral("thesis"));
    QVERIFY(QDir().mkpath(out));
    const QString thesis = QDir(out).filePath(QStringLiteral("thesis.tex"));
    QVERIFY(writeFile(thesis, kThesis));

    const Outcome outcome = exportModel(request(m_full, out));
    QVERIFY(!outcome.exported);
    QVERIFY2(outcome.error.contains(out), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QStringLiteral("thesis.tex")), qPrintable(outcome.error));
    QCOMPARE(readAll(thesis), kThesis);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("thesis.tex")});
    // No staging folder is left beside it either.
    const QStringList beside = QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& entry : beside) {
        QVERIFY2(!entry.contains(QStringLiteral("staging")), qPrintable(entry));
    }
}

void ModelExportTest::inspectsTargets() {
    using State = litetune::ExportTarget::State;
    try {
        QCOMPARE(litetune::inspectExportTarget(request(m_full, m_out.filePath(QStringLiteral("new-folder")))).state,
                 State::Free);

        const QString users = m_out.filePath(QStringLiteral("users-folder"));
        QVERIFY(QDir().mkpath(users));
        QVERIFY(writeFile(QDir(users).filePath(QStringLiteral("thesis.tex")), kThesis));
        const litetune::ExportTarget refused = litetune::inspectExportTarget(request(m_full, users));
        QCOMPARE(refused.state, State::Refused);
        QVERIFY2(toQString(refused.message).contains(QStringLiteral("thesis.tex")), refused.message.c_str());

        // A folder an earlier export wrote may be replaced; a user's file added there since stays.
        const QString earlier = m_out.filePath(QStringLiteral("earlier-export"));
        const Outcome first = exportModel(request(m_full, earlier));
        QVERIFY2(first.exported, qPrintable(first.error));
        QVERIFY(writeFile(QDir(earlier).filePath(QStringLiteral("notes.txt")), "my notes\n"));
        litetune::ModelExportRequest again = request(m_full, earlier);
        const litetune::ExportTarget replaceable = litetune::inspectExportTarget(again);
        QCOMPARE(replaceable.state, State::Replaceable);
        QCOMPARE(toQString(replaceable.kind), QStringLiteral("model"));
        QCOMPARE(replaceable.kept.size(), size_t(1));
        QCOMPARE(toQString(replaceable.kept.front()), QStringLiteral("notes.txt"));

        // Replacing must be asked for: without overwrite the export fails and changes nothing.
        const QByteArray weights = readAll(QDir(earlier).filePath(QStringLiteral("model.safetensors")));
        const Outcome unasked = exportModel(again);
        QVERIFY(!unasked.exported);
        QVERIFY2(unasked.error.contains(earlier), qPrintable(unasked.error));
        QCOMPARE(readAll(QDir(earlier).filePath(QStringLiteral("model.safetensors"))), weights);

        again.overwrite = true; // what a Yes in the dialog sets
        const Outcome replaced = exportModel(again);
        QVERIFY2(replaced.exported, qPrintable(replaced.error));
        QVERIFY(has(earlier, "config.json"));
        QVERIFY(has(earlier, "model.safetensors"));
        QCOMPARE(readAll(QDir(earlier).filePath(QStringLiteral("notes.txt"))), QByteArray("my notes\n"));

        // An adapter export into the model folder is another kind: refused, not replaced.
        QCOMPARE(litetune::inspectExportTarget(request(m_lora, earlier)).state, State::Refused);
    } catch (const std::exception& error) {
        QFAIL(error.what());
    }
    // A base evaluation trained nothing: the engine says so instead of describing a target.
    QVERIFY_THROWS_EXCEPTION(
        std::exception, litetune::inspectExportTarget(request(m_base, m_out.filePath(QStringLiteral("base-model")))));
}

void ModelExportTest::dialogOffersTrainedRuns() {
    RunCatalog catalog;
    catalog.refresh();
    RunSelectionModel selection(&catalog);
    const QString base = m_out.filePath(QStringLiteral("dialog"));
    ModelExportDialog dialog(&selection, toQString(m_lora.runDir), base);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("modelExportRunList"));
    auto* merge = dialog.findChild<QCheckBox*>(QStringLiteral("modelExportMergeCheck"));
    auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("modelExportFolderEdit"));
    QVERIFY(list && merge && folder);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("modelExportBrowseButton")));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);

    QCOMPARE(list->count(), 2); // the base evaluation trained nothing
    QCOMPARE(dialog.runDir(), toQString(m_lora.runDir));
    QVERIFY(merge->isEnabled());
    QVERIFY(!dialog.merged());
    merge->setChecked(true);
    QVERIFY(dialog.merged());
    QVERIFY(ok->isEnabled()); // a folder is proposed
    QVERIFY(dialog.outputFolder().startsWith(QDir::cleanPath(base)));

    folder->clear();
    QVERIFY(!ok->isEnabled());
    folder->setText(QStringLiteral("my-export")); // a name alone goes into the base folder
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.outputFolder(), QDir::cleanPath(QDir(base).filePath(QStringLiteral("my-export"))));

    for (int i = 0; i < list->count(); ++i) {
        list->setCurrentRow(i);
        if (dialog.runDir() == toQString(m_full.runDir)) {
            break;
        }
    }
    QCOMPARE(dialog.runDir(), toQString(m_full.runDir));
    QVERIFY(!merge->isEnabled());
    QVERIFY(!dialog.merged());                             // the box checked for LoRA means nothing here
    QCOMPARE(folder->text(), QStringLiteral("my-export")); // the user's folder stays

    const litetune::ModelExportRequest request = dialog.request();
    QCOMPARE(toQString(request.runDir), toQString(m_full.runDir));
    QCOMPARE(toQString(request.out), dialog.outputFolder());
    QVERIFY(!request.merged);
    QVERIFY(!request.overwrite);
}

LITETUNE_ISOLATED_TEST_MAIN(ModelExportTest)

#include "ModelExportTest.moc"
