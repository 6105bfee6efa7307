// LogView: the Train place's log. Each line carries the time it arrived. Like a terminal, the view
// follows new lines while it shows the end, and stays where it is while the user has scrolled up
// to read; scrolling back to the end follows again.
#pragma once

#include <QPlainTextEdit>

class LogView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit LogView(QWidget* parent = nullptr);

    void appendLine(const QString& line);
    bool followsEnd() const { return m_follow; }

private:
    bool m_follow = true;
    bool m_appending = false; // the view's own scrolling while a line goes in is not the user's
};
