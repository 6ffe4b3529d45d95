#include "ui/widgets/elastic_columns.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <algorithm>

namespace tern::ui {

namespace {

// Narrower than this an elastic column shows too little of its text to be recognised.
constexpr int kElasticFloor = 70;

} // namespace

ElasticColumns::ElasticColumns(QTableView* view, int grow, std::vector<int> elastic)
    : QObject(view), m_view(view), m_grow(grow), m_elastic(std::move(elastic))
{
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // "fashion_…sample.csv": both ends of a name tell files apart
    m_view->setWordWrap(false);                // one line per row, elided, not a second line cut off
    m_view->viewport()->installEventFilter(this);
    if (auto* model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ElasticColumns::fit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ElasticColumns::fit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ElasticColumns::fit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ElasticColumns::fit);
        connect(model, &QAbstractItemModel::dataChanged, this, &ElasticColumns::fit);
    }
}

void ElasticColumns::fit()
{
    const QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    const int columns = model->columnCount();
    std::vector<int> wanted(std::size_t(std::max(columns, 0)), 0);
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c))
            continue;
        // sizeHintForColumn is public on QAbstractItemView, protected on QTableView.
        const auto* view = static_cast<const QAbstractItemView*>(m_view);
        wanted[std::size_t(c)] = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        total += wanted[std::size_t(c)];
    }
    const int room = m_view->viewport()->width();
    int spare = room - total;
    if (spare > 0) {
        if (m_grow >= 0 && m_grow < columns)
            wanted[std::size_t(m_grow)] += spare;
    } else { // the elastic columns give up width in their order, each down to the floor before the next
        int cut = -spare;
        for (int c : m_elastic)
            if (c < columns && cut > 0) {
                const int give = std::min(cut, std::max(0, wanted[std::size_t(c)] - kElasticFloor));
                wanted[std::size_t(c)] -= give;
                cut -= give;
            }
    }
    for (int c = 0; c < columns; ++c)
        if (!header->isSectionHidden(c))
            header->resizeSection(c, wanted[std::size_t(c)]);
}

bool ElasticColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace tern::ui
