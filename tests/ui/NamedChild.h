// Finds a child widget or action by object name, warning with the name when it is missing: a
// renamed widget then fails the test with a message instead of a bare null dereference.
#pragma once

#include <QWidget>

namespace uitest {

template <typename T> T* child(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no child named %s", name);
    }
    return found;
}

} // namespace uitest
