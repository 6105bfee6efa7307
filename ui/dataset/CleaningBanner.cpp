#include "dataset/CleaningBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace {

// The share of the split named `name`, or -1 when the dataset has no such split.
double shareOf(const litetune::Dataset& dataset, const QList<double>& shares, const char* name) {
    for (qsizetype i = 0; i < shares.size() && static_cast<size_t>(i) < dataset.splits.size(); ++i) {
        if (dataset.splits[static_cast<size_t>(i)].name == name) {
            return shares[i];
        }
    }
    return -1.0;
}

QString percent(double share) {
    return QLocale().toString(share * 100.0, 'f', 1);
}

} // namespace

CleaningBanner::CleaningBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_clean(new QPushButton(tr("Clean text"), this)) {
    setObjectName(QStringLiteral("cleaningBanner"));
    // Fixed colours for background and text together, like the error label above it, so the
    // warning reads the same in light and dark palettes; the button keeps the palette's look.
    setStyleSheet(QStringLiteral("#cleaningBanner { background: #fff4d6; border: 1px solid #d9a300; "
                                 "border-radius: 4px; } #cleaningBanner QLabel { color: #4d3800; }"));
    m_text->setObjectName(QStringLiteral("cleaningBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clean->setObjectName(QStringLiteral("cleaningBannerButton"));
    m_clean->setToolTip(tr("Open the dataset again with invisible characters dropped and white space collapsed."));
    updateIcon();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clean, 0, Qt::AlignVCenter);
    connect(m_clean, &QPushButton::clicked, this, &CleaningBanner::cleanRequested);
    hide();
}

QString CleaningBanner::warning(const litetune::Dataset& dataset, const QList<double>& shares) {
    const double train = shareOf(dataset, shares, "train");
    if (train < kMinTrainShare) {
        return {};
    }
    // Validation first: it is what the runs report during training.
    const double validation = shareOf(dataset, shares, "validation");
    if (validation >= 0.0 && train >= kMinRatio * validation) {
        return tr("%1% of the training texts hold invisible characters or extra white space, but only %2% of "
                  "the validation texts. A model can learn these leftovers instead of the text.")
            .arg(percent(train), percent(validation));
    }
    const double test = shareOf(dataset, shares, "test");
    if (test >= 0.0 && train >= kMinRatio * test) {
        return tr("%1% of the training texts hold invisible characters or extra white space, but only %2% of "
                  "the test texts. A model can learn these leftovers instead of the text.")
            .arg(percent(train), percent(test));
    }
    return {};
}

void CleaningBanner::showShares(const litetune::Dataset& dataset, const QList<double>& shares) {
    const QString text = warning(dataset, shares);
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

void CleaningBanner::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange) {
        updateIcon();
    }
}

void CleaningBanner::updateIcon() {
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
}
