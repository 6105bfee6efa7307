// AboutDialog: Help ▸ About LiteTune — what this build is and what it runs on: LiteTune's version,
// Qt's (the library running and the one it was built with), LibTorch's, the BLAS library actually
// loaded (the reference BLAS makes training about 30x slower, so it gets a warning), the CPU
// threads and every device with its name and memory, the runs folder, and the documentation.
// The engine's facts come through EngineController, which asks the engine thread at start, so the
// box opens at once, even during a run; should they not be in yet, it says so and fills them in.
#pragma once

#include "bridge/EngineTypes.h"

#include <QDialog>

#include <optional>

class EngineController;
class QLabel;

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(EngineController* engine, const QString& runsRoot, QWidget* parent = nullptr);

    // The facts as plain text, as "Copy" puts them on the clipboard for a bug report.
    QString text() const;

    static const QString& documentationUrl();

private:
    void showFacts(const std::optional<litetune::RuntimeInfo>& info);
    QString factsHtml(const std::optional<litetune::RuntimeInfo>& info) const;

    QString m_runsRoot;
    QLabel* m_facts = nullptr;
};
