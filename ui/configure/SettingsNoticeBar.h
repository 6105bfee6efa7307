// SettingsNoticeBar: the Configure place's dismissible bar saying which saved settings were not
// restored (a value the option table refuses, a key nobody owns) and what is used instead. A bar,
// not a dialog: the window opens as usual and the user reads it when they get there.
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

class SettingsNoticeBar : public QFrame {
    Q_OBJECT

public:
    explicit SettingsNoticeBar(QWidget* parent = nullptr);

    // Shows the notices, one a line, or hides the bar when there are none.
    void setNotices(const QStringList& notices);
    QStringList notices() const { return m_notices; }

private:
    QLabel* m_text = nullptr;
    QStringList m_notices;
};
