// The main window's page list: an icon and a title per page, or the icons alone when the window is too narrow to
// spare the titles' width (each title stays in its tooltip). Its colours come from the palette and follow the theme.
#pragma once

#include <QListWidget>

namespace tern::ui {

class NavigationBar : public QListWidget {
    Q_OBJECT
  public:
    explicit NavigationBar(QWidget* parent = nullptr);

    void addPage(const QIcon& icon, const QString& title, const QString& toolTip);
    QString title(int row) const; // shown or not
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void restyle();

    bool m_compact = false;
};

} // namespace tern::ui
