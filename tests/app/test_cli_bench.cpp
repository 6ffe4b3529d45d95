// tern-cli bench refuses sizes that would not fit in memory in one line, exit 2, before allocating anything (a
// batch of a million rows through wide layers once took all the machine's memory), and runs a small network.
#include "process_support.h"

#include <QTest>

using namespace tern::test;

class TestCliBench : public QObject {
    Q_OBJECT

  private slots:
    void refusesSizesBeyondMemory_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("weights") << QStringList{"--layers", "65536,65536,10"} << "weights";
        QTest::newRow("activations") << QStringList{"--layers", "65536,4096,3", "--batch", "1048576"}
                                     << "activations";
        QTest::newRow("inference activations")
            << QStringList{"--mode", "infer", "--precision", "int8", "--layers", "8192,8192,8", "--batch", "262144"}
            << "activations";
    }

    void refusesSizesBeyondMemory()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = cli(QStringList{"bench", "mlp", "--steps", "1", "--threads", "1"} + args, 60000);
        QCOMPARE(r.code, 2);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.front().startsWith("error: ") && lines.front().contains(message.toUtf8()), r.err.constData());
    }

    void smallNetworkRuns()
    {
        const Result r = cli({"bench", "mlp", "--layers", "32,16,4", "--batch", "8", "--steps", "2", "--threads", "1",
                              "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject j = json_of(r);
        QCOMPARE(j["batch"].toInt(), 8);
        QVERIFY(j["steps_per_s"].toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "test_cli_bench.moc"
