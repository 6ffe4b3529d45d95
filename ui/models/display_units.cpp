#include "ui/models/display_units.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace tern::ui {

namespace {

// Three significant digits: 0.123, 12.3, 123 (the spread between candidates is what the eye compares).
QString threeDigits(double value)
{
    const int decimals = value < 9.995 ? 2 : value < 99.95 ? 1 : 0;
    return QLocale().toString(value, 'f', decimals);
}

QString unit(const char* text)
{
    return QCoreApplication::translate("DisplayUnits", text);
}

} // namespace

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return {};
    if (seconds < 0.9995e-3)
        return threeDigits(seconds * 1e6) + QLatin1Char(' ') + unit(QT_TRANSLATE_NOOP("DisplayUnits", "µs"));
    if (seconds < 0.9995)
        return threeDigits(seconds * 1e3) + QLatin1Char(' ') + unit(QT_TRANSLATE_NOOP("DisplayUnits", "ms"));
    if (seconds < 59.5)
        return threeDigits(seconds) + QLatin1Char(' ') + unit(QT_TRANSLATE_NOOP("DisplayUnits", "s"));
    const long long total = std::llround(seconds);
    if (total < 3600)
        return unit(QT_TRANSLATE_NOOP("DisplayUnits", "%1 min %2 s"))
            .arg(total / 60)
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return unit(QT_TRANSLATE_NOOP("DisplayUnits", "%1 h %2 min"))
        .arg(total / 3600)
        .arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatLatency(double microseconds)
{
    return formatDuration(microseconds / 1e6);
}

QString formatBytes(double bytes)
{
    if (!std::isfinite(bytes) || bytes < 0)
        return {};
    if (bytes < 1000)
        return QLocale().toString(std::llround(bytes)) + QLatin1Char(' ') + unit(QT_TRANSLATE_NOOP("DisplayUnits", "B"));
    // Past 999 of a unit the next one reads better (0.98 MB, not 1,000 KB), as the durations do.
    const char* units[] = {QT_TRANSLATE_NOOP("DisplayUnits", "KB"), QT_TRANSLATE_NOOP("DisplayUnits", "MB"),
                           QT_TRANSLATE_NOOP("DisplayUnits", "GB"), QT_TRANSLATE_NOOP("DisplayUnits", "TB")};
    double value = bytes / 1024;
    std::size_t index = 0;
    while (value >= 999.5 && index + 1 < std::size(units)) {
        value /= 1024;
        ++index;
    }
    return threeDigits(value) + QLatin1Char(' ') + unit(units[index]);
}

QString localTimeText(const std::string& utcIso8601)
{
    const QString stored = QString::fromStdString(utcIso8601);
    QDateTime time = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!time.isValid())
        return stored;
    if (time.timeSpec() == Qt::LocalTime) // no zone written: the store writes UTC
        time.setTimeZone(QTimeZone::utc());
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QLocale ungroupedLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString formatCellNumber(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return ungroupedLocale().toString(static_cast<qlonglong>(value));
    return ungroupedLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString cellText(const std::string& text, qsizetype limit)
{
    // A character takes one to four bytes: 4 (limit + 1) bytes hold more than `limit` characters of a longer text,
    // so only those are converted (a sequence they cut off at the end is beyond the cut below).
    const std::size_t most = 4 * static_cast<std::size_t>(limit + 1);
    const QString shown = QString::fromUtf8(text.data(), static_cast<qsizetype>(std::min(text.size(), most)));
    if (shown.size() <= limit)
        return shown;
    qsizetype cut = limit;
    if (shown.at(cut - 1).isHighSurrogate())
        --cut;
    return shown.left(cut) + QChar(0x2026);
}

int metricDecimals(double value)
{
    const double magnitude = std::abs(value);
    if (!std::isfinite(magnitude) || magnitude < 10)
        return 4;
    const int digits = static_cast<int>(std::floor(std::log10(magnitude))) + 1;
    return std::max(0, 5 - digits);
}

} // namespace tern::ui
