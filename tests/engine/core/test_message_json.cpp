// A Message written to JSON (a candidate's or a run's error in the store) reads back as the same message, still
// translatable; what another version wrote, or nothing at all, reads back as plain text.
#include "engine/core/message_json.h"

#include <QtTest>

using namespace tern;

class TestMessageJson : public QObject {
    Q_OBJECT
private slots:
    void aNestedMessageRoundTrips()
    {
        const Message m("every candidate failed: %1",
                        Message("measuring the candidate's cost: %1", Message::verbatim("std::bad_alloc")));
        const Message back = message_from_json(nlohmann::json::parse(message_to_json(m).dump()));
        QVERIFY(back == m);
        QVERIFY(!back.is_verbatim());
        QVERIFY(back.args().front().args().front().is_verbatim());
        QCOMPARE(QString::fromStdString(back.text()),
                 QStringLiteral("every candidate failed: measuring the candidate's cost: std::bad_alloc"));
    }

    void verbatimTextIsAPlainString()
    {
        const nlohmann::json j = message_to_json(Message::verbatim("XGBoost: out of memory"));
        QVERIFY(j.is_string());
        QVERIFY(message_from_json(j).is_verbatim());
    }

    void aTermKeepsItsKind()
    {
        const Message line("chosen: #%1 %2", 4, Message::term("family", "extra_trees"));
        const Message back = message_from_json(nlohmann::json::parse(message_to_json(line).dump()));
        QVERIFY(back == line);
        QCOMPARE(QString::fromStdString(back.args()[1].term_kind()), QStringLiteral("family"));
    }

    void anythingElseReadsBackAsText()
    {
        QCOMPARE(QString::fromStdString(message_from_json(nlohmann::json{{"words", 3}}).text()),
                 QStringLiteral(R"({"words":3})"));
        QVERIFY(message_from_json(nlohmann::json()).empty());
        // Arguments that are not a list are left out rather than failing the read.
        QCOMPARE(QString::fromStdString(message_from_json({{"pattern", "cancelled"}, {"args", 5}}).text()),
                 QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestMessageJson)
#include "test_message_json.moc"
