// Image folders: one row per class (sub-folder) with its number of readable images and its share.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace tern::data {
struct ImageFolderSummary;
}

namespace tern::ui {

class ClassCountsModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Class, Images, Share, ColumnCount };

    explicit ClassCountsModel(QObject* parent = nullptr);

    void setSummary(const data::ImageFolderSummary* summary); // nullptr clears

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    struct Row {
        QString name;
        int count = 0;
    };
    std::vector<Row> m_rows;
    int m_total = 0;
};

} // namespace tern::ui
