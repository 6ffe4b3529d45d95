#include "ui/demo_data.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace tern::ui {

QString demoFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tern/demo");
}

DemoTable installDemoData()
{
    const QString folder = demoFolder();
    if (!QDir().mkpath(folder))
        return {};
    QDirIterator it(QStringLiteral(":/demo"), QDir::Files);
    while (it.hasNext()) {
        it.next();
        const QString target = folder + QLatin1Char('/') + it.fileName();
        if (QFile::exists(target))
            continue; // never overwrite a file the user may have edited
        if (QFile::copy(it.filePath(), target))
            // Resource files are read-only; the copy should be the user's to change.
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    const QString penguins = folder + QStringLiteral("/penguins.csv");
    if (!QFile::exists(penguins))
        return {};
    return {penguins, QStringLiteral("species")};
}

} // namespace tern::ui
