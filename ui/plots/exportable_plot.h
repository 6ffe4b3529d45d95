// The base of the leaderboard's result plots: a QCustomPlot whose context menu saves it as PNG or PDF, with an
// optional centred message that replaces the axes when there is nothing to draw ("no importance computed yet").
// It takes its colours from the palette and recolours when the theme changes (plot_palette.h).
#pragma once

#include <QPointer>
#include <qcustomplot.h>

namespace tern::ui {

class ExportablePlot : public QCustomPlot {
    Q_OBJECT
  public:
    explicit ExportablePlot(QWidget* parent = nullptr);

    bool saveTo(const QString& path); // .pdf, else PNG (at twice the screen resolution)
    // Empties the plot and shows `text` in its middle instead of the axes, wrapped to the plot's width; an empty
    // text removes the message.
    void showMessage(const QString& text);
    QString message() const { return m_message; }
    QString shownMessage() const; // the message as drawn, with the line breaks the width asked for

  protected:
    void clearPlot(); // plottables, items and the message; the axes show again
    // The axis gets as many number ticks as its width has room for: a narrow panel ran "0255075100" together.
    void spaceTicksByWidth(QCPAxis* axis);
    // The axis title, broken onto two lines when the axis is shorter than it (a narrow panel clipped
    // "Metric drop when shuffled" at both ends).
    void setAxisTitle(QCPAxis* axis, const QString& title);
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    // After a palette change has recoloured the axes, legend and titles: the data's own colours (series, labels
    // drawn on the plot). Plots that build everything in one place rebuild.
    virtual void recolourData() {}

  private:
    void showContextMenu(const QPoint& pos);
    void wrapMessage();

    void spaceTicks();
    bool fitAxisTitles(int widthChange, int heightChange); // true when a title changed

    QString m_message;
    QPointer<QCPItemText> m_messageItem;
    QList<QCPAxis*> m_spacedAxes;
    QHash<QCPAxis*, QString> m_axisTitles;
};

} // namespace tern::ui
