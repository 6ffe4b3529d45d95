#include "ui/plots/precision_symbols.h"

namespace tern::ui {

QCPScatterStyle::ScatterShape precisionShape(const QString& precision)
{
    if (precision == QLatin1String("fp32"))
        return QCPScatterStyle::ssDisc;
    if (precision == QLatin1String("bf16"))
        return QCPScatterStyle::ssTriangle;
    if (precision == QLatin1String("int8"))
        return QCPScatterStyle::ssSquare;
    if (precision == QLatin1String("ternary"))
        return QCPScatterStyle::ssDiamond;
    return QCPScatterStyle::ssCrossCircle;
}

const QStringList& variantPrecisions()
{
    static const QStringList names{QStringLiteral("bf16"), QStringLiteral("int8"), QStringLiteral("ternary")};
    return names;
}

} // namespace tern::ui
