// The main() of a Qt Test suite that touches settings, the runs folder or the cache: all three
// live in a temporary home that disappears with the test, never in the user's folders, and are
// set before any Qt object reads them. A suite that needs a fixed locale sets it in initTestCase.
#pragma once

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

namespace uitest {

inline void isolateIn(const QTemporaryDir& home) {
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("LITETUNE_RUNS", home.filePath(QStringLiteral("runs")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
}

} // namespace uitest

#define LITETUNE_ISOLATED_TEST_MAIN(TestClass)                                                                         \
    int main(int argc, char* argv[]) {                                                                                 \
        QTemporaryDir home;                                                                                            \
        uitest::isolateIn(home);                                                                                       \
        QApplication app(argc, argv);                                                                                  \
        QApplication::setOrganizationName(QStringLiteral("LiteTuneTests"));                                            \
        QApplication::setApplicationName(QStringLiteral(#TestClass));                                                  \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
