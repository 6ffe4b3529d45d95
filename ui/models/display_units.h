// Numbers with a unit, the way a person reads them: a duration in the unit that keeps it short (850 µs, 12.4 ms,
// 3.21 s, 2 min 05 s), a size in B, KB, MB or GB, a stored time in local time. Cells and labels show these; sorting
// keeps the raw number.
#pragma once

#include <QLocale>
#include <QString>
#include <string>

namespace tern::ui {

QString formatDuration(double seconds);     // empty for NaN or a negative value
QString formatLatency(double microseconds); // the same, from the engine's microseconds
QString formatBytes(double bytes);          // 1024-based, three significant digits
// The decimals a metric's value is shown with: four below 10 (0.9867, R² -1.2345), five significant digits above
// (an RMSE of 15.873, an MAE of 1234.6), where four decimals claim a precision nobody reads.
int metricDecimals(double value);
// The locale without thousands groups, for a table's own numbers: an order number grouped as 4.000.000.001 reads as
// something else, and the preview shows the file's values.
QLocale ungroupedLocale();
// A cell's number exactly, in the locale's decimal separator (8,71 in German), whole numbers in full.
QString formatCellNumber(double value);
// A cell's text as a table shows it: at most `limit` characters, the rest marked with an ellipsis. A view measures
// and draws the whole text: one cell of 10 MB froze the Data page for 15 seconds.
QString cellText(const std::string& text, qsizetype limit = 200);
// A stored UTC timestamp ("2026-11-29T11:27:24.826Z") in local time and the locale's short format; as stored when
// it does not parse.
QString localTimeText(const std::string& utcIso8601);

} // namespace tern::ui
