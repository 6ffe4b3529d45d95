// Shared set-up for the GUI test suites: isolated settings and data folders (QStandardPaths test mode, which
// QSettings follows on XDG platforms), Tern's resources, and the path of the test data.
#pragma once

#include "ui/resources.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTranslator>

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

// The GUI in `language` ("de", "es": an embedded catalogue) while it lives; English again after.
class ScopedLanguage {
  public:
    explicit ScopedLanguage(const QString& language)
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/tern_") + language + QStringLiteral(".qm"));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    bool isLoaded() const { return m_loaded; }

  private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace tern::ui::test
