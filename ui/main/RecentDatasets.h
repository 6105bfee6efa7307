// RecentDatasets: File ▸ Open Recent. Keeps the last datasets opened in the setting
// dataset/recent, newest first, and rebuilds the menu from it; a path that no longer exists stays
// listed but disabled, so a dataset on an unplugged drive is not forgotten.
#pragma once

#include <QObject>
#include <QString>

class QMenu;

class RecentDatasets : public QObject {
    Q_OBJECT

public:
    RecentDatasets(QMenu* menu, QObject* parent);

    void add(const QString& path);

signals:
    void openRequested(const QString& path);

private:
    void rebuild();

    QMenu* m_menu;
};
