// Loading file bytes as UTF-8: BOMs, UTF-16, Latin-1/Windows-1252 fallback, binary refusal, line numbers.
#include "engine/core/error.h"
#include "engine/data/text_source.h"

#include <QTest>
#include <cstring>

using namespace tern;
using namespace tern::data;

class TestTextSource : public QObject {
    Q_OBJECT

  private slots:
    void decoding_data();
    void decoding();
    void refusals_data();
    void refusals();
    void lineOf();
};

namespace {
TextBuffer decode(const QByteArray& bytes)
{
    auto data = std::make_unique<char[]>(std::size_t(bytes.size()) + 1);
    std::memcpy(data.get(), bytes.constData(), std::size_t(bytes.size()));
    return decode_text("f.csv", std::move(data), std::size_t(bytes.size()));
}
} // namespace

void TestTextSource::decoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << QByteArray("a,b\n1,2\n") << "utf-8";
    QTest::newRow("utf8") << QByteArray("caf\xC3\xA9\n") << QByteArray("caf\xC3\xA9\n") << "utf-8";
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBFx\n") << QByteArray("x\n") << "utf-8-bom";
    QTest::newRow("latin1") << QByteArray("caf\xE9\n") << QByteArray("caf\xC3\xA9\n") << "latin-1";
    QTest::newRow("cp1252 euro") << QByteArray("\x80 5\n") << QByteArray("\xE2\x82\xAC 5\n") << "latin-1";
    QTest::newRow("utf16le") << QByteArray("\xFF\xFE"
                                           "a\0,\0\xE9\0\n\0",
                                           10)
                             << QByteArray("a,\xC3\xA9\n") << "utf-16le";
    QTest::newRow("utf16be") << QByteArray("\xFE\xFF\0a\0\n", 6) << QByteArray("a\n") << "utf-16be";
    QTest::newRow("long ascii then utf8") << QByteArray(100, 'x') + "\xC3\xA9" << QByteArray(100, 'x') + "\xC3\xA9"
                                          << "utf-8";
}

void TestTextSource::decoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, utf8);
    QFETCH(QString, encoding);
    TextBuffer t = decode(bytes);
    QCOMPARE(QByteArray(t.data(), qsizetype(t.size())), utf8);
    QCOMPARE(QString::fromUtf8(to_string(t.encoding()).data()), encoding);
}

void TestTextSource::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("what");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("nul") << QByteArray("a,b\n\0\n", 6) << "NUL byte";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n....") << "PNG image";
    QTest::newRow("pdf") << QByteArray("%PDF-1.4") << "PDF";
    QTest::newRow("sqlite") << QByteArray("SQLite format 3") << "SQLite";
    QTest::newRow("html") << QByteArray("\n<!DOCTYPE html><html><body>a,b</body></html>") << "HTML page";
    QTest::newRow("controls") << QByteArray("a\x01\x02\x03\x04\x05\x06\x07\x08,b\n") << "binary content";
    QTest::newRow("high bytes") << QByteArray("\xF5\xFA\xE1\xD3\xC8\xB7\xA9\xF0\xFF\xFE\xEE\xDD") << "binary content";
}

void TestTextSource::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, what);
    try {
        decode(bytes);
        QFAIL("no error");
    } catch (const DataError& e) {
        QVERIFY2(QString(e.what()).contains(what), e.what());
        QCOMPARE(QString::fromStdString(e.file()), QString("f.csv"));
    }
}

void TestTextSource::lineOf()
{
    QCOMPARE(line_of("a\nb\nc", 0), std::size_t(1));
    QCOMPARE(line_of("a\nb\nc", 2), std::size_t(2));
    QCOMPARE(line_of("a\nb\nc", 4), std::size_t(3));
    QCOMPARE(line_of("a", 99), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestTextSource)
#include "test_text_source.moc"
