#include "main/AboutDialog.h"

#include "bridge/EngineController.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString row(const QString& name, const QString& value) {
    return QStringLiteral("<tr><td style=\"padding-right:14px\"><b>%1</b></td><td>%2</td></tr>").arg(name, value);
}

} // namespace

AboutDialog::AboutDialog(EngineController* engine, const QString& runsRoot, QWidget* parent)
    : QDialog(parent)
    , m_runsRoot(runsRoot)
    , m_facts(new QLabel(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LiteTune"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_facts->setObjectName(QStringLiteral("aboutFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_facts->setOpenExternalLinks(true);
    m_facts->setWordWrap(true);
    m_facts->setMinimumWidth(520);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopyButton"));
    copy->setToolTip(tr("Copy these facts, e.g. into a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addWidget(m_facts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    connect(engine, &EngineController::runtimeInfoChanged, this,
            [this](const litetune::RuntimeInfo& info) { showFacts(info); });
    showFacts(engine->runtimeInfo());
}

const QString& AboutDialog::documentationUrl() {
    static const QString url = QStringLiteral("https://github.com/litetune/litetune/tree/main/docs");
    return url;
}

QString AboutDialog::text() const {
    QTextDocument document;
    document.setHtml(m_facts->text());
    return document.toPlainText();
}

void AboutDialog::showFacts(const std::optional<litetune::RuntimeInfo>& info) {
    m_facts->setText(factsHtml(info));
    adjustSize();
}

QString AboutDialog::factsHtml(const std::optional<litetune::RuntimeInfo>& info) const {
    const QLocale locale;
    const QString unknown = tr("unknown");
    QString html = tr("<h2>LiteTune %1</h2><p>Fine-tune GPT-2 text classifiers on the desktop, fully and with "
                      "LoRA, and compare the runs.</p>")
                       .arg(QStringLiteral(LITETUNE_VERSION));
    html += QStringLiteral("<table cellspacing=\"2\">");
    html +=
        row(tr("Qt"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    if (!info) {
        html += row(tr("LibTorch"), tr("asking the engine…"));
    } else {
        const auto orUnknown = [&unknown](const std::string& text) {
            return text.empty() ? unknown : toQString(text).toHtmlEscaped();
        };
        html += row(tr("LibTorch"), orUnknown(info->torchVersion));
        QString blas = orUnknown(info->blas);
        if (info->referenceBlas) {
            blas += QStringLiteral("<br><span style=\"color:#d93025\">%1</span>")
                        .arg(tr("The slow reference BLAS is loaded: install libopenblas0-pthread for about 30x "
                                "faster training.")
                                 .toHtmlEscaped());
        }
        html += row(tr("BLAS"), blas);
        html += row(tr("CUDA"), info->cudaCompiled ? tr("compiled in (CUDA %1)").arg(orUnknown(info->cudaVersion))
                                                   : tr("not compiled in (CPU-only LibTorch)"));
        html += row(tr("CPU threads"), tr("%1 of %2 cores").arg(info->cpuThreads).arg(info->cpuCores));
        QStringList devices;
        for (const auto& device : info->devices) {
            QString line = QStringLiteral("%1 — %2").arg(toQString(device.id), toQString(device.name).toHtmlEscaped());
            if (device.totalMemoryBytes > 0) {
                line += QStringLiteral(" — ") + locale.formattedDataSize(device.totalMemoryBytes);
            }
            devices.append(line);
        }
        bool cuda = false;
        for (const auto& device : info->devices) {
            cuda = cuda || device.id.rfind("cuda", 0) == 0;
        }
        if (!cuda) {
            devices.append(tr("no CUDA device"));
        }
        html += row(tr("Devices"), devices.join(QStringLiteral("<br>")));
    }
    const QString runs = QDir::toNativeSeparators(m_runsRoot);
    html += row(tr("Runs folder"),
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(QUrl::fromLocalFile(m_runsRoot).toString().toHtmlEscaped(), runs.toHtmlEscaped()));
    html += row(tr("Documentation"), QStringLiteral("<a href=\"%1\">%1</a>").arg(documentationUrl()));
    html += QStringLiteral("</table>");
    return html;
}
