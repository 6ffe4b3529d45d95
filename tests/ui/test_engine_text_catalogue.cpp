// Every message the engine marks for translation (TERN_TEXT in engine/ and app/) has a German and a Spanish entry
// in the embedded catalogues, with the same %1, %2, ... as its English pattern: a pattern added without them would
// reach a German or Spanish user in English, or with an argument lost.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QtTest>

namespace {

// The patterns marked in the sources, their adjacent string literals joined.
QStringList markedPatterns()
{
    static const QRegularExpression marked(
        QStringLiteral(R"re(TERN_TEXT\(\s*"EngineText"\s*,((?:\s*"(?:[^"\\]|\\.)*")+)\s*\))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QStringList patterns;
    for (const char* area : {"engine", "app"}) {
        QDirIterator files(QStringLiteral(TERN_SOURCE_DIR "/") + QLatin1String(area),
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = marked.globalMatch(text); m.hasNext();) {
                QString pattern;
                for (auto piece = literal.globalMatch(m.next().captured(1)); piece.hasNext();)
                    pattern += piece.next().captured(1);
                pattern.replace(QStringLiteral("\\\""), QStringLiteral("\""))
                    .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
                if (!patterns.contains(pattern))
                    patterns << pattern;
            }
        }
    }
    return patterns;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression arg(QStringLiteral("%[1-9][0-9]*"));
    QSet<QString> found;
    for (auto m = arg.globalMatch(text); m.hasNext();)
        found.insert(m.next().captured());
    return found;
}

} // namespace

class TestEngineTextCatalogue : public QObject {
    Q_OBJECT

  private slots:
    void everyMarkedPatternIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void everyMarkedPatternIsTranslated()
    {
        QFETCH(QString, language);
        const QStringList patterns = markedPatterns();
        QVERIFY2(patterns.size() > 100, qPrintable(QStringLiteral("only %1 patterns found").arg(patterns.size())));
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(language), QStringLiteral("tern"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QStringList untranslated, argumentsDiffer;
        for (const QString& pattern : patterns) {
            const QString translated = translator.translate("EngineText", pattern.toUtf8().constData());
            if (translated.isEmpty())
                untranslated << pattern;
            else if (placeholders(translated) != placeholders(pattern))
                argumentsDiffer << pattern;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + untranslated.join(" | ")));
        QVERIFY2(argumentsDiffer.isEmpty(),
                 qPrintable(QStringLiteral("arguments differ: ") + argumentsDiffer.join(" | ")));
    }
};

QTEST_MAIN(TestEngineTextCatalogue)
#include "test_engine_text_catalogue.moc"
