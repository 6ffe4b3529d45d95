#include "ui/widgets/themed_icon.h"

#include "ui/theme.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace tern::ui {
namespace {

// The two colours every icon file is drawn with.
constexpr QLatin1String kInk("#3b4a5a");
constexpr QLatin1String kAccent("#2f6fb0");

class ThemedIconEngine : public QIconEngine {
  public:
    explicit ThemedIconEngine(const QString& name) : m_name(name)
    {
        QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
        if (file.open(QIODevice::ReadOnly))
            m_svg = QString::fromUtf8(file.readAll());
    }

    QIconEngine* clone() const override { return new ThemedIconEngine(*this); }
    QString key() const override { return QStringLiteral("tern-themed"); }
    bool isNull() override { return m_svg.isEmpty(); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QPalette palette = QGuiApplication::palette();
        const bool dark = isDark(palette);
        QColor ink =
            dark ? blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.15) : QColor(kInk);
        QColor accent = dark ? palette.color(QPalette::Link) : QColor(kAccent);
        if (mode == QIcon::Disabled) {
            ink = palette.color(QPalette::Disabled, QPalette::WindowText);
            accent = ink;
        }
        const QSize pixels = size * scale;
        const QString cacheKey = QStringLiteral("tern-icon:%1:%2x%3:%4:%5")
                                     .arg(m_name)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(ink.name(), accent.name());
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        QString svg = m_svg;
        svg.replace(kInk, ink.name(), Qt::CaseInsensitive).replace(kAccent, accent.name(), Qt::CaseInsensitive);
        QSvgRenderer renderer(svg.toUtf8());
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        if (renderer.isValid()) {
            QPainter painter(&image);
            // Keep the drawing's aspect ratio inside the requested box, centred.
            QSizeF drawn = renderer.defaultSize().scaled(pixels, Qt::KeepAspectRatio);
            const QPointF origin((pixels.width() - drawn.width()) / 2, (pixels.height() - drawn.height()) / 2);
            renderer.render(&painter, QRectF(origin, drawn));
        }
        result = QPixmap::fromImage(image);
        result.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

  private:
    QString m_name;
    QString m_svg;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    return QIcon(new ThemedIconEngine(name));
}

} // namespace tern::ui
