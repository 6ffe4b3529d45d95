// The base of the leaderboard's result plots: a QCustomPlot whose context menu saves it as PNG or PDF, with an
// optional centred message that replaces the plot when there is nothing to draw ("no importance computed yet").
#pragma once

#include <qcustomplot.h>

namespace tern::ui {

class ExportablePlot : public QCustomPlot {
    Q_OBJECT
  public:
    explicit ExportablePlot(QWidget* parent = nullptr);

    bool saveTo(const QString& path); // .pdf, else PNG (at twice the screen resolution)
    // Empties the plot and shows `text` in its middle; an empty text removes the message.
    void showMessage(const QString& text);
    QString message() const { return m_message; }

  protected:
    void clearPlot(); // plottables, items and the message

  private:
    void showContextMenu(const QPoint& pos);

    QString m_message;
};

} // namespace tern::ui
