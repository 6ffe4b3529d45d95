#include "ui/models/thumbnail_model.h"

#include "engine/data/readers.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

namespace tern::ui {

ThumbnailModel::ThumbnailModel(QObject* parent) : QAbstractListModel(parent) {}

void ThumbnailModel::setFolder(const data::ImageFolder* folder)
{
    beginResetModel();
    m_folder = folder;
    m_cache.clear();
    m_decoded = 0;
    endResetModel();
}

void ThumbnailModel::setThumbnailSize(const QSize& size)
{
    beginResetModel();
    m_size = size;
    m_cache.clear();
    endResetModel();
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_folder ? 0 : int(m_folder->images.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::ImageEntry& image = m_folder->images[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return QString::fromStdString(image.class_name);
    case Qt::DecorationRole: return thumbnail(index.row());
    case Qt::ToolTipRole:
        return tr("%1\n%2 × %3 px, class %4")
            .arg(QFileInfo(QString::fromStdString(image.path)).fileName())
            .arg(image.width)
            .arg(image.height)
            .arg(QString::fromStdString(image.class_name));
    case PathRole: return QString::fromStdString(image.path);
    default: return {};
    }
}

QPixmap ThumbnailModel::thumbnail(int row) const
{
    if (QPixmap* cached = m_cache.object(row))
        return *cached;
    QImageReader reader(QString::fromStdString(m_folder->images[std::size_t(row)].path));
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(m_size, Qt::KeepAspectRatio)); // decode small (JPEG scales while decoding)
    QImage image = reader.read();
    ++m_decoded;
    QPixmap pixmap(m_size);
    pixmap.fill(Qt::transparent);
    if (!image.isNull()) {
        // Tiny images (28x28) are enlarged without smoothing so their pixels stay crisp.
        const QImage scaled = image.scaled(m_size, Qt::KeepAspectRatio, Qt::FastTransformation);
        QPainter painter(&pixmap);
        painter.drawImage((m_size.width() - scaled.width()) / 2, (m_size.height() - scaled.height()) / 2, scaled);
    }
    m_cache.insert(row, new QPixmap(pixmap));
    return pixmap;
}

} // namespace tern::ui
