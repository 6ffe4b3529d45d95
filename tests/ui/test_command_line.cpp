// The window's command line as a user at a terminal meets it: --help lists every option and works without a display
// (it used to abort for want of one), and a bad option value is refused in one line.
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

class TestCommandLine : public QObject {
    Q_OBJECT
  private:
    static QProcess* start(const QStringList& args, const QProcessEnvironment& env, QObject* parent)
    {
        auto* p = new QProcess(parent);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(TERN_GUI_PATH), args);
        return p;
    }

  private slots:
    void helpNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QProcess* p = start({QStringLiteral("--help")}, env, this);
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        const QByteArray out = p->readAllStandardOutput();
        for (const char* option : {"--page", "--open-run", "--size", "--theme", "--screenshot", "--run-budget"})
            QVERIFY2(out.contains(option), option);
        QProcess* platform = start({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--help")},
                                   env, this); // Qt's own options still work beside it
        QVERIFY(platform->waitForFinished(30000));
        QCOMPARE(platform->exitCode(), 0);
        QVERIFY(platform->readAllStandardOutput().contains("--open-run"));
        QProcess* version = start({QStringLiteral("--version")}, env, this);
        QVERIFY(version->waitForFinished(30000));
        QCOMPARE(version->exitCode(), 0);
        QVERIFY(version->readAllStandardOutput().startsWith("Tern "));
    }

    void badOptionValueIsOneLine()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), QDir::tempPath() + QStringLiteral("/tern-command-line-test"));
        QProcess* p = start({QStringLiteral("--page"), QStringLiteral("9")}, env, this);
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 2);
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(err.contains("error: --page: '9' is no page; pages are 0 to 5\n"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
