#include "ui/widgets/navigation_bar.h"

#include "ui/theme.h"

#include <QEvent>
#include <QGuiApplication>

namespace tern::ui {
namespace {

constexpr int kFullWidth = 188;
constexpr int kCompactWidth = 56; // a 22 px icon, the items' and the list's padding
constexpr int kTitleRole = Qt::UserRole + 1;

} // namespace

NavigationBar::NavigationBar(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setIconSize(QSize(22, 22));
    setFrameShape(QFrame::NoFrame);
    setFixedWidth(kFullWidth);
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QCoreApplication::instance()->installEventFilter(this);
    restyle();
}

void NavigationBar::addPage(const QIcon& icon, const QString& title, const QString& toolTip)
{
    auto* item = new QListWidgetItem(icon, m_compact ? QString() : title, this);
    item->setData(kTitleRole, title);
    item->setToolTip(toolTip);
}

QString NavigationBar::title(int row) const
{
    const QListWidgetItem* it = item(row);
    return it ? it->data(kTitleRole).toString() : QString();
}

void NavigationBar::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (int row = 0; row < count(); ++row)
        item(row)->setText(compact ? QString() : title(row));
    setFixedWidth(compact ? kCompactWidth : kFullWidth);
}

// The style sheet fixes the roles it sets, so a new application palette leaves this widget's palette as it was and
// sends it no PaletteChange: the application's own announcement is what tells of a theme change.
bool NavigationBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        restyle();
    return QListWidget::eventFilter(watched, event);
}

// The selected page's tint is mixed from the palette (a fixed light blue glared on the dark theme). The
// application's palette, not the widget's: the style sheet itself sets some of the widget's roles.
void NavigationBar::restyle()
{
    const QPalette p = QGuiApplication::palette();
    const QColor selected = blend(p.color(QPalette::Base), p.color(QPalette::Highlight), isDark(p) ? 0.45 : 0.18);
    const QColor selectedText = isDark(p) ? QColor(Qt::white) : blend(p.color(QPalette::Highlight), Qt::black, 0.5);
    const QString sheet =
        QStringLiteral("#navigation { background: %1; border-right: 1px solid %2; padding: 8px 6px; }"
                       "#navigation::item { padding: 8px 8px; border-radius: 6px; margin: 1px 0; color: %3; }"
                       "#navigation::item:hover { background: %4; }"
                       "#navigation::item:selected { background: %5; color: %6; font-weight: bold; }")
            .arg(p.color(QPalette::Window).name(), p.color(QPalette::Mid).name(), p.color(QPalette::Text).name(),
                 p.color(QPalette::Midlight).name(), selected.name(), selectedText.name());
    if (sheet != styleSheet()) // a new sheet changes the palette, which calls this again
        setStyleSheet(sheet);
}

} // namespace tern::ui
