#include "configure/SettingsNoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

SettingsNoticeBar::SettingsNoticeBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("settingsNoticeBar"));
    // Fixed colours for background and text together, like the Dataset place's cleaning banner, so
    // the notice reads the same in light and dark palettes.
    setStyleSheet(QStringLiteral("#settingsNoticeBar { background: #fff4d6; border: 1px solid #d9a300; "
                                 "border-radius: 4px; } #settingsNoticeBar QLabel { color: #4d3800; }"));
    m_text->setObjectName(QStringLiteral("settingsNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // stored values are shown as they were written
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeSettingsNotice"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide this message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void SettingsNoticeBar::setNotices(const QStringList& notices) {
    m_notices = notices;
    m_text->setText(notices.join(QLatin1Char('\n')));
    setVisible(!notices.isEmpty());
}
