// Numbers with a unit, the way a person reads them: a duration in the unit that keeps it short (850 µs, 12.4 ms,
// 3.21 s, 2 min 05 s) and a size in B, KB, MB or GB. Cells and labels show these; sorting keeps the raw number.
#pragma once

#include <QString>

namespace tern::ui {

QString formatDuration(double seconds);     // empty for NaN or a negative value
QString formatLatency(double microseconds); // the same, from the engine's microseconds
QString formatBytes(double bytes);          // 1024-based, three significant digits

} // namespace tern::ui
