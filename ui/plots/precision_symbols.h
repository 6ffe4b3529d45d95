// One scatter symbol per deployment precision, shared by every plot that shows precision variants (the
// leaderboard's accuracy-vs-latency plot, the Export page's trade-off plot), so a symbol means the same everywhere.
#pragma once

#include <QStringList>
#include <qcustomplot.h>

namespace tern::ui {

// fp32 is a disc, bf16 a triangle, int8 a square, ternary a diamond; an unknown precision a circled cross.
QCPScatterStyle::ScatterShape precisionShape(const QString& precision);
// The precisions a variant can have, in the order legends list them.
const QStringList& variantPrecisions();

} // namespace tern::ui
