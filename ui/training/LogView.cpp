#include "training/LogView.h"

#include <QFontDatabase>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTime>

namespace {

constexpr int kMaxLines = 5000; // a long run's log stays cheap to lay out

} // namespace

LogView::LogView(QWidget* parent)
    : QPlainTextEdit(parent) {
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setMaximumBlockCount(kMaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QScrollBar* bar = verticalScrollBar();
    // Where the user leaves the view decides whether it follows (wheel, keys and the scroll bar all
    // end up here); lines going in, and old ones trimmed, move the view without asking.
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_appending) {
            m_follow = value >= bar->maximum();
        }
    });
    // The range changes later than the text where the layout waits (a hidden place, a resize).
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_follow) {
            bar->setValue(maximum);
        }
    });
}

void LogView::appendLine(const QString& line) {
    {
        const QScopedValueRollback<bool> appending(m_appending, true);
        appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
    }
    if (m_follow) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    }
}
