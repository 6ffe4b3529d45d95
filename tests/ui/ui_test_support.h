// Shared set-up for the GUI test suites: isolated settings and data folders (QStandardPaths test mode, which
// QSettings follows on XDG platforms), Tern's resources, and the path of the test data.
#pragma once

#include "ui/resources.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace tern::ui::test {

inline void prepareUiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TernTest"));
    // One settings file and data folder per test program: ctest -j runs them side by side, and a shared file let
    // one test's clear() or window state land in another's checks.
    QCoreApplication::setApplicationName(QStringLiteral("TernTest-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
    initResources();
}

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(TERN_TEST_DATA "/ui/") + relative;
}

} // namespace tern::ui::test
