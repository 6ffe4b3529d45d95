#include "ui/plots/importance_plot.h"

namespace tern::ui {

namespace {

constexpr int kMaxLabelChars = 22;

QString elided(const QString& name)
{
    return name.size() > kMaxLabelChars ? name.left(kMaxLabelChars - 1) + QChar(0x2026) : name;
}

} // namespace

ImportancePlot::ImportancePlot(QWidget* parent) : ExportablePlot(parent)
{
    xAxis->setLabel(tr("Metric drop when shuffled"));
    spaceTicksByWidth(xAxis); // the panel is narrow: five labels like "0.15" ran into each other
    yAxis->setRangeReversed(true);    // the most important feature at the top
    yAxis->grid()->setVisible(false);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize()));
    plotLayout()->addElement(0, 0, m_title);
    setImportance({}, tr("No feature importance"));
}

void ImportancePlot::setImportance(const nlohmann::json& importance, const QString& emptyText)
{
    const auto all = importanceBars(importance);
    m_bars.assign(all.begin(), all.begin() + std::min<std::ptrdiff_t>(kMaxBars, std::ssize(all)));
    if (m_bars.empty()) {
        m_title->setText(QString());
        showMessage(emptyText);
        return;
    }
    clearPlot();
    auto* bars = new QCPBars(yAxis, xAxis);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x1f, 0x77, 0xb4));
    bars->setSelectable(QCP::stNone);
    auto* errors = new QCPErrorBars(yAxis, xAxis);
    errors->setDataPlottable(bars);
    errors->setErrorType(QCPErrorBars::etValueError);
    errors->setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
    errors->setSelectable(QCP::stNone);
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    double lo = 0, hi = 0;
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const auto& b = m_bars[i];
        bars->addData(static_cast<double>(i), b.importance);
        errors->addData(b.std);
        ticks->addTick(static_cast<double>(i), elided(b.feature));
        lo = std::min(lo, b.importance - b.std);
        hi = std::max(hi, b.importance + b.std);
    }
    yAxis->setTicker(ticks);
    yAxis->setRange(-0.6, static_cast<double>(m_bars.size()) - 0.4);
    const double pad = std::max(1e-6, (hi - lo) * 0.05);
    xAxis->setRange(lo - (lo < 0 ? pad : 0), hi + pad);
    m_title->setText(all.size() > m_bars.size() ? tr("Top %1 of %2 features").arg(m_bars.size()).arg(all.size())
                                                : tr("Permutation importance"));
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace tern::ui
