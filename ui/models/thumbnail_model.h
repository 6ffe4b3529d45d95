// Image folders: one item per image for a QListView in icon mode. Thumbnails are decoded when a view first asks
// for an item (only visible items are asked for with uniform item sizes), scaled while decoding, and cached.
#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QPixmap>
#include <QSize>

namespace tern::data {
struct ImageFolder;
}

namespace tern::ui {

class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
  public:
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit ThumbnailModel(QObject* parent = nullptr);

    void setFolder(const data::ImageFolder* folder); // the folder must outlive the model's use of it
    void setThumbnailSize(const QSize& size);
    QSize thumbnailSize() const { return m_size; }
    int decodedCount() const { return m_decoded; } // how many images were actually read (laziness is testable)

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

  private:
    QPixmap thumbnail(int row) const;

    const data::ImageFolder* m_folder = nullptr;
    QSize m_size{72, 72};
    mutable QCache<int, QPixmap> m_cache{2000};
    mutable int m_decoded = 0;
};

} // namespace tern::ui
