#include "main/RecentDatasets.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("dataset/recent");

} // namespace

RecentDatasets::RecentDatasets(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu) {
    rebuild();
}

void RecentDatasets::add(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    rebuild();
}

void RecentDatasets::rebuild() {
    m_menu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const auto& path : recent) {
        QAction* action = m_menu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (recent.isEmpty()) {
        m_menu->addAction(tr("No recent datasets"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(kRecentKey);
        rebuild();
    });
}
