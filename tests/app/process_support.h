// Running tern-cli (or node) from the app tests: exit code and both output streams of one child process.
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace tern::test {

struct Result {
    int code = -1;  // -1 when the child crashed or did not finish in time
    QByteArray out, err;
};

inline Result run(const QString& program, const QStringList& args, int timeout_ms = 300000)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(timeout_ms);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// A file of the tests' data folder (tests/data): test_data("export/penguins.train.csv").
inline QString test_data(const QString& relative) { return QStringLiteral(TERN_TEST_DATA "/") + relative; }

inline Result cli(const QStringList& args, int timeout_ms = 300000) { return run(TERN_CLI_PATH, args, timeout_ms); }

// stdout as a JSON object; a warning with both streams when it is not JSON (the test's checks then fail).
inline QJsonObject json_of(const Result& r)
{
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << r.out.left(400) << r.err.left(400);
    return doc.object();
}

}  // namespace tern::test
