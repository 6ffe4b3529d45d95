#include "ui/widgets/theme_menu.h"

#include "ui/settings.h"

#include <QActionGroup>
#include <QApplication>

namespace tern::ui {

ThemeMenu::ThemeMenu(QWidget* parent) : QMenu(tr("&Theme"), parent)
{
    auto* group = new QActionGroup(this); // exclusive: one theme checked
    const std::pair<ThemeChoice, QString> choices[] = {
        {ThemeChoice::System, tr("&System")}, {ThemeChoice::Light, tr("&Light")}, {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto& [choice, label] : choices) {
        QAction* item = addAction(label);
        item->setObjectName(QStringLiteral("theme-") + themeChoiceKey(choice));
        item->setCheckable(true);
        item->setChecked(choice == appliedTheme());
        group->addAction(item);
        connect(item, &QAction::triggered, this, [this, choice = choice] { choose(choice); });
    }
    action(ThemeChoice::System)->setStatusTip(tr("Follow the desktop's light or dark colours"));
}

QAction* ThemeMenu::action(ThemeChoice choice) const
{
    return findChild<QAction*>(QStringLiteral("theme-") + themeChoiceKey(choice));
}

void ThemeMenu::choose(ThemeChoice choice)
{
    Settings settings;
    settings.setTheme(choice);
    settings.sync();
    applyTheme(*qApp, choice);
}

} // namespace tern::ui
