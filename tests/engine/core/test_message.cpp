// Message: a pattern whose %N take the arguments in the order a translation puts them, arguments translated in
// turn unless verbatim, and English when nothing translates. An InputError keeps the message it was given, and
// message_of gives any exception's words.
#include "engine/core/error.h"
#include "engine/core/message.h"

#include <QtTest>

#include <map>

using namespace tern;

namespace {

// A catalogue of two entries; any other pattern stays as it is.
std::string german(const std::string& pattern)
{
    static const std::map<std::string, std::string> catalogue = {
        {"%1 rows without a value of '%2'", "'%2' hat in %1 Zeilen keinen Wert"},
        {"regression", "Regression"},
    };
    const auto it = catalogue.find(pattern);
    return it == catalogue.end() ? pattern : it->second;
}

} // namespace

class TestMessage : public QObject {
    Q_OBJECT
private slots:
    void englishFillsTheArgumentsInOrder()
    {
        const Message m("%1 rows without a value of '%2'", 3, "price");
        QCOMPARE(QString::fromStdString(m.text()), QStringLiteral("3 rows without a value of 'price'"));
    }

    void aTranslationMayReorderTheArguments()
    {
        const Message m("%1 rows without a value of '%2'", std::size_t{3}, "price");
        QCOMPARE(QString::fromStdString(m.text(german)), QStringLiteral("'price' hat in 3 Zeilen keinen Wert"));
    }

    void nestedMessagesAreTranslatedButVerbatimTextIsNot()
    {
        const Message m("task: %1, column %2", Message("regression"), "regression");
        QCOMPARE(QString::fromStdString(m.text(german)), QStringLiteral("task: Regression, column regression"));
        QCOMPARE(QString::fromStdString(Message::verbatim("regression").text(german)), QStringLiteral("regression"));
    }

    void aPercentSignThatNamesNoArgumentIsText()
    {
        QCOMPARE(QString::fromStdString(Message("holdout of the last 20 %").text()),
                 QStringLiteral("holdout of the last 20 %"));
        QCOMPARE(QString::fromStdString(Message("%1 of %2 (%3)", 1, 2).text()), QStringLiteral("1 of 2 (%3)"));
        // %10 with one argument is %1 followed by a zero.
        QCOMPARE(QString::fromStdString(Message("%10", 7).text()), QStringLiteral("70"));
    }

    void joinedPartsBeyondNineKeepTheirOrder()
    {
        std::vector<Message> parts;
        for (int i = 1; i <= 12; ++i)
            parts.push_back(Message("c%1", i));
        QCOMPARE(QString::fromStdString(Message::joined(std::move(parts), ", ").text()),
                 QStringLiteral("c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12"));
        QCOMPARE(QString::fromStdString(Message::joined({}, "; ").text()), QString());
    }

    void anErrorKeepsItsWordsAndSaysThemInEnglish()
    {
        const InputError plain("no such column");
        QCOMPARE(QString::fromStdString(plain.message().text(german)), QStringLiteral("no such column"));
        const DataError located("sales.csv", Message("%1 rows without a value of '%2'", 2, "price"));
        QCOMPARE(QString::fromUtf8(located.what()), QStringLiteral("sales.csv: 2 rows without a value of 'price'"));
        QCOMPARE(QString::fromStdString(located.reason()), QStringLiteral("2 rows without a value of 'price'"));
        try {
            throw located;
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.message().text(german)),
                     QStringLiteral("sales.csv: 'price' hat in 2 Zeilen keinen Wert"));
        }
    }

    void aTermIsItsCodeUnlessAReaderNamesIt()
    {
        const Message line("#%1 %2 %3=%4", 2, Message::term("family", "knn"), Message::term("metric", "r2"), "0.5");
        QCOMPARE(QString::fromStdString(line.text()), QStringLiteral("#2 knn r2=0.5"));
        const auto same = [](const std::string& pattern) { return pattern; };
        QCOMPARE(QString::fromStdString(line.text(same)), QStringLiteral("#2 knn r2=0.5"));
        const auto names = [](const std::string& kind, const std::string& code) { return kind + ":" + code; };
        QCOMPARE(QString::fromStdString(line.text(same, names)), QStringLiteral("#2 family:knn metric:r2=0.5"));
        QCOMPARE(QString::fromStdString(line.args()[1].term_kind()), QStringLiteral("family"));
        QVERIFY(Message::verbatim("knn").term_kind().empty());
    }

    void numbersAreWrittenAsFmtWritesThem()
    {
        QCOMPARE(QString::fromStdString(Message("%1 %2 %3", 0.5, -2, 1e-7).text()), QStringLiteral("0.5 -2 1e-07"));
    }

    void anInputErrorGivesItsMessageAndAnyOtherExceptionItsText()
    {
        const InputError input(Message("the candidate exceeded its time limit"));
        QVERIFY(!message_of(input).is_verbatim());
        QCOMPARE(QString::fromStdString(message_of(input).pattern()),
                 QStringLiteral("the candidate exceeded its time limit"));
        const std::runtime_error library("[12:00:01] src/c_api.cc: bad parameter");
        QVERIFY(message_of(library).is_verbatim());
        QCOMPARE(QString::fromStdString(message_of(library).text()),
                 QStringLiteral("[12:00:01] src/c_api.cc: bad parameter"));
    }
};

QTEST_APPLESS_MAIN(TestMessage)
#include "test_message.moc"
