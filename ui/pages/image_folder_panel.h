// The Data page's view of an image folder: images per class, unreadable files, and a lazily loaded thumbnail grid.
#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QListView;
class QTableView;

namespace tern::data {
struct ImageFolder;
struct ImageFolderSummary;
} // namespace tern::data

namespace tern::ui {

class ClassCountsModel;
class ThumbnailModel;

class ImageFolderPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ImageFolderPanel(QWidget* parent = nullptr);

    void setFolder(std::shared_ptr<const data::ImageFolder> folder,
                   std::shared_ptr<const data::ImageFolderSummary> summary);
    void clear();

    ClassCountsModel* classCounts() const { return m_counts; }
    ThumbnailModel* thumbnails() const { return m_thumbnails; }
    QString infoText() const;    // "150 images in 3 classes. All 28 × 28 pixels." and what is left out
    QString infoDetails() const; // which files are left out or not read, and why (the info line's tooltip)

  private:
    std::shared_ptr<const data::ImageFolder> m_folder;
    std::shared_ptr<const data::ImageFolderSummary> m_summary;
    ClassCountsModel* m_counts;
    ThumbnailModel* m_thumbnails;
    QTableView* m_countsView;
    QListView* m_grid;
    QLabel* m_info;
};

} // namespace tern::ui
