// Shows one OCR'd image with its word boxes drawn over it, coloured by confidence (red < 60 <= amber < 85 <=
// green); Ctrl+wheel or +/- zooms, dragging pans, double-click fits the image to the view. Without an image it shows
// its placeholder text, as an empty line edit does.
#pragma once

#include "engine/ocr/types.h"

#include <QGraphicsView>

class QGraphicsScene;

namespace tern::ui {

class OcrImageView : public QGraphicsView {
    Q_OBJECT
  public:
    explicit OcrImageView(QWidget* parent = nullptr);

    // Loads the image file and draws the words (boxes in original pixels). An unreadable file shows nothing.
    void showResult(const QString& file, const std::vector<tern::ocr::Word>& words);
    void clear();
    bool hasImage() const;
    void setPlaceholderText(const QString& text);
    static QColor confidenceColor(double conf);

  signals:
    void imageChanged(bool shown); // after showResult or clear

  public slots:
    void zoomIn();
    void zoomOut();
    void fitToView();

  protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

  private:
    QGraphicsScene* m_scene;
    QString m_placeholder;
};

} // namespace tern::ui
