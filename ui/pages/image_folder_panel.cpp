#include "ui/pages/image_folder_panel.h"

#include "engine/data/summary.h"
#include "ui/engine_text.h"
#include "ui/models/class_counts_model.h"
#include "ui/models/thumbnail_model.h"
#include "ui/widgets/elastic_columns.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tern::ui {

ImageFolderPanel::ImageFolderPanel(QWidget* parent)
    : QWidget(parent), m_counts(new ClassCountsModel(this)), m_thumbnails(new ThumbnailModel(this)),
      m_countsView(new QTableView(this)), m_grid(new QListView(this)), m_info(new QLabel(this))
{
    m_countsView->setModel(m_counts);
    m_countsView->setAlternatingRowColors(true);
    m_countsView->verticalHeader()->hide();
    // The counts stay in view; a long class name gives up width, elided (the column takes the room left over).
    new ElasticColumns(m_countsView, 0, {0});
    m_countsView->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_grid->setModel(m_thumbnails);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true); // lets the view ask only visible items for their thumbnail
    m_grid->setIconSize(m_thumbnails->thumbnailSize());
    m_grid->setGridSize(m_thumbnails->thumbnailSize() + QSize(24, 28));
    m_grid->setSpacing(4);
    m_grid->setLayoutMode(QListView::Batched); // lays out in slices so a 100,000-image folder opens at once

    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Classes</b>"), left));
    leftLayout->addWidget(m_countsView, 1);
    leftLayout->addWidget(m_info);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Images</b>"), right));
    rightLayout->addWidget(m_grid, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ImageFolderPanel::setFolder(std::shared_ptr<const data::ImageFolder> folder,
                                 std::shared_ptr<const data::ImageFolderSummary> summary)
{
    m_folder = std::move(folder);
    m_summary = std::move(summary);
    m_counts->setSummary(m_summary.get());
    m_thumbnails->setFolder(m_folder.get());
    m_countsView->resizeColumnsToContents();
    QString info = tr("%1 images in %2 classes.")
                       .arg(QLocale().toString(qulonglong(m_folder->images.size())))
                       .arg(m_folder->classes.size());
    // Their sizes, as inspect says them: a model sees every image resized, and a user wants to know from what.
    if (m_summary && m_summary->images > 0 && m_summary->sizes.size() == 1)
        info += QLatin1Char(' ') + tr("All %1 × %2 pixels.").arg(m_summary->min_width).arg(m_summary->min_height);
    else if (m_summary && m_summary->images > 0 && !m_summary->sizes.empty())
        info += QLatin1Char(' ') + tr("%1 sizes, from %2 × %3 to %4 × %5 pixels.")
                                       .arg(m_summary->sizes.size())
                                       .arg(m_summary->min_width)
                                       .arg(m_summary->min_height)
                                       .arg(m_summary->max_width)
                                       .arg(m_summary->max_height);
    if (!m_folder->unreadable.empty())
        info += QLatin1Char(' ') +
                tr("%n file(s) could not be read and are left out.", nullptr, int(m_folder->unreadable.size()));
    if (!m_folder->ignored.empty())
        info += QLatin1Char(' ') + tr("Some entries are not read (hover for which).");
    // Which files, and why: a user who counted 50 images and sees 30 looks here.
    QStringList why;
    for (const auto& file : m_folder->unreadable)
        why << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(QString::fromStdString(file.path)),
                                            engineText(file.reason));
    for (const auto& note : m_folder->ignored)
        why << engineText(note);
    constexpr int shown = 20;
    if (why.size() > shown)
        why = why.mid(0, shown) << tr("… and %n more", nullptr, int(why.size() - shown));
    m_info->setText(info);
    m_info->setToolTip(why.join(QLatin1Char('\n')));
}

QString ImageFolderPanel::infoText() const
{
    return m_info->text();
}

QString ImageFolderPanel::infoDetails() const
{
    return m_info->toolTip();
}

void ImageFolderPanel::clear()
{
    m_counts->setSummary(nullptr);
    m_thumbnails->setFolder(nullptr);
    m_folder.reset();
    m_summary.reset();
    m_info->clear();
}

} // namespace tern::ui
