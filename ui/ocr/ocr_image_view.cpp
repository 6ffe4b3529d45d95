// The image view: a QGraphicsScene with the picture and one rectangle (with a tooltip) per word.
#include "ui/ocr/ocr_image_view.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QImageReader>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <vector>

namespace tern::ui {

OcrImageView::OcrImageView(QWidget* parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setBackgroundBrush(palette().window());
    setToolTip(tr("Ctrl+wheel zooms, drag pans, double-click fits"));
}

QColor OcrImageView::confidenceColor(double conf)
{
    if (conf >= 85)
        return QColor(46, 160, 67);
    if (conf >= 60)
        return QColor(230, 160, 0);
    return QColor(215, 45, 45);
}

void OcrImageView::clear()
{
    m_scene->clear();
    emit imageChanged(false);
}

bool OcrImageView::hasImage() const
{
    return !m_scene->items().isEmpty();
}

void OcrImageView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

namespace {

// The image as the engine read it: the stored pixels (no EXIF turn), and a multi-page TIFF's pages stacked top to
// bottom, left-aligned on white (ocr::stack_pages), which the word boxes refer to.
QImage storedPixels(const QString& file)
{
    QImageReader reader(file);
    reader.setAutoTransform(false);
    std::vector<QImage> pages;
    int width = 0, height = 0;
    // Pages of a TIFF only: an animated image's frames are not pages, and the engine reads its first.
    const int count = reader.format() == "tiff" ? std::max(1, reader.imageCount()) : 1;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !reader.jumpToImage(i))
            break;
        QImage page = reader.read();
        if (page.isNull())
            break;
        width = std::max(width, page.width());
        height += page.height();
        pages.push_back(std::move(page));
    }
    if (pages.size() <= 1)
        return pages.empty() ? QImage() : pages.front();
    QImage stack(width, height, QImage::Format_RGB32);
    stack.fill(Qt::white);
    QPainter painter(&stack);
    int top = 0;
    for (const auto& page : pages) {
        painter.drawImage(0, top, page);
        top += page.height();
    }
    return stack;
}

} // namespace

void OcrImageView::showResult(const QString& file, const std::vector<tern::ocr::Word>& words)
{
    m_scene->clear();
    const QImage image = storedPixels(file);
    if (image.isNull()) {
        emit imageChanged(false);
        return;
    }
    m_scene->addPixmap(QPixmap::fromImage(image));
    for (const auto& w : words) {
        const QColor c = confidenceColor(w.conf);
        QPen pen(c, 2);
        pen.setCosmetic(true); // stays 2 px at any zoom
        QColor fill = c;
        fill.setAlpha(40);
        auto* item = m_scene->addRect(QRectF(w.box.x, w.box.y, w.box.w, w.box.h), pen, QBrush(fill));
        item->setToolTip(tr("%1 (confidence %2)").arg(QString::fromStdString(w.text)).arg(w.conf, 0, 'f', 0));
    }
    m_scene->setSceneRect(image.rect());
    fitToView();
    emit imageChanged(true);
}

void OcrImageView::zoomIn()
{
    scale(1.25, 1.25);
}

void OcrImageView::zoomOut()
{
    scale(0.8, 0.8);
}

void OcrImageView::fitToView()
{
    if (!m_scene->items().isEmpty())
        fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void OcrImageView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (hasImage() || m_placeholder.isEmpty())
        return;
    // In viewport pixels, not scene units: the hint stays centred and legible whatever the zoom.
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

void OcrImageView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) // the brush was copied: take the new theme's window colour
        setBackgroundBrush(palette().window());
    QGraphicsView::changeEvent(event);
}

void OcrImageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void OcrImageView::mouseDoubleClickEvent(QMouseEvent* event)
{
    fitToView();
    event->accept();
}

} // namespace tern::ui
