// Plot colours taken from the widget palette, so that every QCustomPlot in Tern reads on the light and the dark
// theme alike: the chrome (background, axes, tick labels, grid, legend, titles) and the colours of the data.
// Plots call applyPlotPalette when built and again on QEvent::PaletteChange; series colours come from here too.
#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;

namespace tern::ui {

// Background from Base, text from Text, axes and grid mixed between the two; legends and QCPTextElement titles
// follow. Pen styles (dotted grid, hidden sub-ticks) are kept: only colours change.
void applyPlotPalette(QCustomPlot* plot);

// Categorical colours, one per model family or precision. The light set is the familiar Tableau 10; on a dark
// background the same hues are lifted to at least 5:1 contrast while staying as far apart as the light ones.
QColor seriesColour(int index, const QPalette& palette);
int seriesColourCount();

QColor plotInk(const QPalette& palette);   // strong neutral lines and markers: the Pareto front, error bars
QColor plotMuted(const QPalette& palette); // secondary labels and legend keys
QColor plotAlert(const QPalette& palette); // limits and references: the latency budget, the residual diagonal

} // namespace tern::ui
