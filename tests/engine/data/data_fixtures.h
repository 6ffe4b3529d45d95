// Helpers shared by the data-layer tests: where the copied fixtures live and how to write a file for one case.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <string>

namespace tern::test {

inline std::string fixture(const char* relative)
{
    return std::string(TERN_TEST_DATA) + "/data/" + relative;
}

// Writes `bytes` to dir/name and returns the path.
inline std::string write_file(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path.toStdString();
}

} // namespace tern::test
